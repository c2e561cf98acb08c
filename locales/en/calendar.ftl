### adieu — English: the calendar of the dates to keep (adieu calendar, adieu pack).
### For the sender, not the client: short notes to oneself, in the imperative.
###   $client   the client's company, or the contact's name when there is none
###   $date     the date of the documents, written out
###   $end      the last day, written out

calendar-name = Ending work with { $client }
# On the date of the documents: the call is followed by the letter or the email.
calendar-confirm = Send written notice to { $client }
calendar-confirm-note = Confirm the termination in writing today, by letter or email.
# $number and $amount: the invoice's number and its amount with the currency.
calendar-invoice = Payment due from { $client }: invoice { $number }, { $amount }
# $item is the user's free text.
calendar-deliverable = Deliver to { $client }: { $item }
calendar-last-day = Last day of work with { $client }
# At the end of every event's description. $ending is `immediate` when the last day
# is the date of the notice, else `later`.
calendar-context = { $ending ->
    [immediate] Notice date and last day of work: { $date } (effective immediately).
   *[later] Notice date: { $date }; last day of work: { $end }.
}
