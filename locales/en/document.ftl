### adieu — English (the reference locale).
### Messages shared by the letter, the email and the call script.
###
### Every message may use these variables, set for the whole document:
###   $tone     warm | neutral | firm
###   $voice    we (the sender writes for a company) | i (a sole trader)
###   $gender   female | male | unspecified (the client contact)
###   $name     the client contact's full name
###   $surname  the client contact's family name
###   $sender   the sender's name
###   $firm     the sender's company, or name when there is none
###   $email    the sender's email address
### Names and free text from the case file are always placed where they can stand
### as written (after a colon, in apposition, as a list item), never declined.

## Letter head

# $subject is one of the three subjects below.
letter-subject = { $subject }
# The header of a letter's second and later pages: to whom, the date, and
# the page number ($page; a number).
letter-continuation = { $recipient } · { $date } · page { $page }
email-subject = Subject: { $subject }
subject = Ending our working relationship
# $titled is yes when the title itself says "agreement" or "contract": "Ending
# our Website design and maintenance agreement", not "Ending our agreement: …
# agreement".
subject-contract = { $tone ->
    [firm] Notice of termination: { $contract }
   *[neutral] { $titled ->
        [yes] Ending our { $contract }
       *[no] Ending our agreement: { $contract }
    }
}
subject-contract-reference = { $tone ->
    [firm] Notice of termination: { $contract } (ref.{"\u00A0"}{ $reference })
   *[neutral] { $titled ->
        [yes] Ending our { $contract } (ref.{"\u00A0"}{ $reference })
       *[no] Ending our agreement: { $contract } (ref.{"\u00A0"}{ $reference })
    }
}
# The subject when the agreement has a reference but no title.
subject-reference = { $tone ->
    [firm] Notice of termination: our agreement (ref.{"\u00A0"}{ $reference })
   *[neutral] Ending our agreement (ref.{"\u00A0"}{ $reference })
}
# $place is the sender's town, $date the long date. English letters do not use
# it: they are dated without the town (locale.yaml: dateline), which the
# letterhead already gives.
place-date = { $place }, { $date }
# The date line when the case gives no place.
date-line = { $date }
# The contact's name in the recipient block, with a courtesy title; the person
# comes above the company (locale.yaml: address).
recipient = { $gender ->
    [female] Ms { $name }
    [male] Mr { $name }
   *[unspecified] { $name }
}
# The sender's contact lines in the letterhead and the email signature.
contact-email = Email: { $address }
contact-phone = Tel: { $number }

## Salutation and closing

salutation = { $gender ->
    [female] Dear Ms { $surname },
    [male] Dear Mr { $surname },
   *[unspecified] Dear { $name },
}
closing = { $tone ->
    [warm] With warm regards,
    [firm] Yours sincerely,
   *[neutral] Kind regards,
}
# Emails close more lightly than letters.
email-closing = { $tone ->
    [warm] Warm regards,
    [firm] Regards,
   *[neutral] Kind regards,
}

## The decision: always the first sentence

decision = { $tone ->
    [warm] { $voice ->
        [we] After careful consideration, we have decided to end our working relationship.
       *[i] After careful consideration, I have decided to end our working relationship.
    }
    [firm] { $voice ->
        [we] We are writing to inform you that we are ending our working relationship.
       *[i] I am writing to inform you that I am ending our working relationship.
    }
   *[neutral] { $voice ->
        [we] We are writing to let you know that we have decided to end our working relationship.
       *[i] I am writing to let you know that I have decided to end our working relationship.
    }
}
# The agreement is cited as a native does, with its date and reference when the
# case gives them: $dated and $referenced are yes or no. A title that itself says
# "agreement" or "contract" ($titled is yes) is the agreement's name: "the Service
# Agreement between us dated …", unquoted. Any other title follows "entitled", never
# in quotation marks straight after "our agreement" (round 6b: a calque).
decision-contract = { $tone ->
    [warm] { $voice ->
        [we] After careful consideration, we have decided to end
       *[i] After careful consideration, I have decided to end
    }
    [firm] { $voice ->
        [we] We are writing to inform you that we are terminating
       *[i] I am writing to inform you that I am terminating
    }
   *[neutral] { $voice ->
        [we] We are writing to let you know that we have decided to terminate
       *[i] I am writing to let you know that I have decided to terminate
    }
} { $titled ->
    [yes] the { $contract } between us{ $dated ->
        [yes] {" "}dated { $signed }
       *[no] {""}
    }{ $referenced ->
        [yes] {" "}(ref.{"\u00A0"}{ $reference })
       *[no] {""}
    }.
   *[no] our agreement{ $dated ->
        [yes] {" "}of { $signed }
       *[no] {""}
    } entitled { QUOTE($contract) }{ $referenced ->
        [yes] {" "}(ref.{"\u00A0"}{ $reference })
       *[no] {""}
    }.
}
# An agreement the case cites by its date or reference but not by a title:
# "our agreement of 16 May 2022 (ref. MA-2022-014)", never left out (round 7).
decision-agreement = { $tone ->
    [warm] { $voice ->
        [we] After careful consideration, we have decided to end
       *[i] After careful consideration, I have decided to end
    }
    [firm] { $voice ->
        [we] We are writing to inform you that we are terminating
       *[i] I am writing to inform you that I am terminating
    }
   *[neutral] { $voice ->
        [we] We are writing to let you know that we have decided to terminate
       *[i] I am writing to let you know that I have decided to terminate
    }
} our agreement{ $dated ->
    [yes] {" "}of { $signed }
   *[no] {""}
}{ $referenced ->
    [yes] {" "}(ref.{"\u00A0"}{ $reference })
   *[no] {""}
}.

## The one reason, stated as a fact about the business or the fit

reason-capacity = { $voice ->
    [we] We are no longer able to give your account the attention it requires.
   *[i] I am no longer able to give your account the attention it requires.
}
reason-fit = { $voice ->
    [we] Our services are no longer the right fit for what your business needs.
   *[i] My services are no longer the right fit for what your business needs.
}
reason-direction = { $voice ->
    [we] Our business is moving in a new direction, and we are narrowing the services we offer.
   *[i] My business is moving in a new direction, and I am narrowing the services I offer.
}
reason-outgrown = { $voice ->
    [we] Your needs have grown beyond what we can offer, and a larger team or a specialist will serve you better.
   *[i] Your needs have grown beyond what I can offer, and a larger team or a specialist will serve you better.
}
reason-payment = { $voice ->
    [we] The repeated problems with payment have made the arrangement unworkable for us.
   *[i] The repeated problems with payment have made the arrangement unworkable for me.
}
reason-conduct = There is no longer a basis for working together constructively.
reason-ethics = { $voice ->
    [we] Continuing this engagement is not compatible with our professional obligations.
   *[i] Continuing this engagement is not compatible with my professional obligations.
}

## Notice and the last day

# "30 days' notice"; numbers under ten as words.
notice-days = Please take this as { $days ->
    [1] one day’s
    [2] two days’
    [3] three days’
    [4] four days’
    [5] five days’
    [6] six days’
    [7] seven days’
    [8] eight days’
    [9] nine days’
   *[other] { $days }{"\u00A0"}days’
} notice: our working relationship will end on { $end }.
notice-until = Our working relationship will end on { $end }.
# $milestone is free text from the case file, e.g. "delivery of version 4.2".
notice-milestone = Our working relationship will end on { $end }, once the current stage of work concludes with { $milestone }.
notice-immediate = This takes effect immediately, as of { $end }.
transition = { $voice ->
    [we] Until then, we will continue with the work in progress as agreed.
   *[i] Until then, I will continue with the work in progress as agreed.
}

## Referral: never for conduct or ethics

# $referral is "name, company (contact)" as written in the case file.
# The colleague recommended: $name, with $company when $who is both, and $contact
# when $reach is some. Placed in referral-person and the call's checklist.
referral-colleague = { $who ->
    [both] { $name } of { $company }
   *[name] { $name }
}{ $reach ->
    [some] {" "}({ $contact })
   *[none] {""}
}
referral-person = { $voice ->
    [we] { $tone ->
        [warm] To ensure continuity, we would be happy to recommend { $referral }.
       *[neutral] To ensure continuity, we would recommend { $referral }.
    }
   *[i] { $tone ->
        [warm] To ensure continuity, I would be happy to recommend { $referral }.
       *[neutral] To ensure continuity, I would recommend { $referral }.
    }
}
# $provider is free text, e.g. "a full-service web agency".
referral-provider = For your future needs, you may be better served by { $provider }.

## Close-out: what remains to settle

closeout-intro = Please note the following:
# $status is where the invoice stands on the letter's date: overdue or due. A posted
# letter is read days later, so the view model says an invoice due on its date as
# due, with the date; due-today is kept for the selector's completeness only.
closeout-invoice = { $status ->
    [overdue] Invoice { $number }: { $amount }, due on { $due } and now overdue
    [due-today] Invoice { $number }: { $amount }, due today, { $due }
   *[due] Invoice { $number }: { $amount }, due on { $due }
}
# After two or more invoices in one currency, when the reason is payment.
closeout-owed = Total outstanding: { $total }
# After the list, when $count invoices in it are overdue on the letter's date.
closeout-pay-overdue = { PLURAL($count) ->
    [one] Please pay the overdue invoice without further delay.
   *[other] Please pay the overdue invoices without further delay.
}
closeout-invoice-undated = Invoice { $number }: { $amount }
closeout-deliverable = { $item }: to be delivered by { $by }
closeout-deliverable-undated = To be delivered: { $item }
# The label over two or more deliverables, each on a line of its own.
closeout-deliverable-group = To be delivered:
# One line of that list: $item, then the date it arrives.
closeout-deliverable-item = { $item }, by { $by }
closeout-handover = To be handed over: { $item }
# The label over two or more items to hand over, each on a line of its own.
closeout-handover-group = To be handed over:
closeout-data = { $data ->
    [return] Your files and data: to be returned to you in full
    [delete] Your files and data: to be securely deleted once the handover is complete
   *[keep-as-required] Your files and data: to be kept only for as long as the law requires
}
closeout-refund = Refund of the unused prepaid balance: { $amount }
# The item may be singular or plural: the label has no verb to agree with it.
closeout-continuing = Still in force after the end date: { $item }
# The label over two or more items that stay in force, each on a line of its own.
closeout-continuing-group = Still in force after the end date:

## A close-out of exactly one item: one sentence instead of the intro and a list

# The invoice alone. When it is overdue the sentence asks for payment itself (no
# closeout-pay-overdue follows). $status: overdue or due (due-today is never passed:
# see closeout-invoice).
closeout-one-invoice = { $status ->
    [overdue] Invoice { $number } for { $amount } fell due on { $due } and is still unpaid; please pay it without further delay.
    [due-today] Invoice { $number } for { $amount } is due today, { $due }.
   *[due] Invoice { $number } for { $amount } is due on { $due }.
}
closeout-one-invoice-undated = Invoice { $number } for { $amount } is still to be paid.
# $item is a catalogue item in lower case or the user's words, after a colon so
# that it stands as written.
closeout-one-deliverable = { $voice ->
    [we] We will deliver the remaining work by { $by }: { $item }.
   *[i] I will deliver the remaining work by { $by }: { $item }.
}
closeout-one-deliverable-undated = { $voice ->
    [we] We will still deliver the remaining work: { $item }.
   *[i] I will still deliver the remaining work: { $item }.
}
closeout-one-handover = { $voice ->
    [we] We will hand over the following to you: { $item }.
   *[i] I will hand over the following to you: { $item }.
}
# The files and data alone: there is no handover to wait for.
closeout-one-data = { $data ->
    [return] { $voice ->
        [we] We will return your files and data to you in full.
       *[i] I will return your files and data to you in full.
    }
    [delete] { $voice ->
        [we] We will securely delete your files and data after the end date.
       *[i] I will securely delete your files and data after the end date.
    }
   *[keep-as-required] { $voice ->
        [we] We will keep your files and data only for as long as the law requires.
       *[i] I will keep your files and data only for as long as the law requires.
    }
}
closeout-one-refund = { $voice ->
    [we] We will refund the unused prepaid balance of { $amount }.
   *[i] I will refund the unused prepaid balance of { $amount }.
}
# $agreement: the item's own grammatical number, singular or plural ("Confidentiality
# obligations" are plural), which the verb agrees with; not the count of one.
closeout-one-continuing = { $agreement ->
    [singular] The following remains in force after the end date: { $item }.
   *[plural] The following remain in force after the end date: { $item }.
}
# The lead-ins of the four sentences above when the item is the user's own words:
# the item follows on a line of its own.
closeout-one-deliverable-lead = { $voice ->
    [we] We will deliver the remaining work by { $by }:
   *[i] I will deliver the remaining work by { $by }:
}
closeout-one-deliverable-undated-lead = { $voice ->
    [we] We will still deliver the remaining work:
   *[i] I will still deliver the remaining work:
}
closeout-one-handover-lead = { $voice ->
    [we] We will hand over the following to you:
   *[i] I will hand over the following to you:
}
# The user's item may be singular or plural: "will remain" agrees with either.
closeout-one-continuing-lead = The following will remain in force after the end date:

## Thanks and a door left open for practical questions

# The warm tone ends with good wishes, the neutral one with a brief one.
thanks = { $tone ->
    [warm] { $voice ->
        [we] It has been a real pleasure working with you, and we wish you every success for the future.
       *[i] It has been a real pleasure working with you, and I wish you every success for the future.
    }
    [firm] Thank you for your understanding.
   *[neutral] { $voice ->
        [we] Thank you for the opportunity to work with you. We wish you every success for the future.
       *[i] Thank you for the opportunity to work with you. I wish you every success for the future.
    }
}
# $closeout is none when the case lists nothing to settle: then there is no handover to ask about.
questions = { $closeout ->
    [none] { $voice ->
        [we] If you have any questions, you can reach us at { $email }.
       *[i] If you have any questions, you can reach me at { $email }.
    }
   *[some] { $voice ->
        [we] If you have any questions about the points above, you can reach us at { $email }.
       *[i] If you have any questions about the points above, you can reach me at { $email }.
    }
}
# The email's own closing line: the reader replies to it, so it gives no address.
questions-email = { $closeout ->
    [none] If you have any questions, please reply to this email.
   *[some] If you have any questions about the points above, please reply to this email.
}
