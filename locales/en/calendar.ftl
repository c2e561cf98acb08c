### adieu — English: the calendar of the dates to keep (adieu calendar, adieu pack).
### For the sender, not the client: short notes to oneself, in the imperative.
###   $client   the client's company, or the contact's name when there is none
###   $date     the date of the documents, written out
###   $end      the last day, written out

calendar-name = Ending the work with { $client }
# On the date of the documents: the call is followed by the letter or the email.
calendar-confirm = Send { $client } the written notice
calendar-confirm-note = Confirm the decision in writing today, by letter or by email.
# $number and $amount: the invoice's number and its amount with the currency.
calendar-invoice = Invoice { $number } due from { $client }: { $amount }
# $item is the user's free text.
calendar-deliverable = Deliver to { $client }: { $item }
calendar-last-day = Last day of work with { $client }
# At the end of every event's description.
calendar-context = Notice given to { $client } on { $date }; last day: { $end }.
