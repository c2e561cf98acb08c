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
email-subject = Subject: { $subject }
subject = Ending our collaboration
subject-contract = Termination of the contract “{ $contract }”
subject-contract-reference = Termination of the contract “{ $contract }” (ref.{"\u00A0"}{ $reference })
# $place is the sender's town, $date the long date.
place-date = { $place }, { $date }
# The date line when the case gives no place.
date-line = { $date }
# The contact's name in the recipient block.
recipient = { $name }
# The sender's contact lines in the letterhead and the email signature.
contact-email = Email: { $address }
contact-phone = Tel.: { $number }

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
        [we] After careful consideration, we have decided to end our collaboration.
       *[i] After careful consideration, I have decided to end our collaboration.
    }
    [firm] { $voice ->
        [we] We are writing to notify you that we are ending our collaboration.
       *[i] I am writing to notify you that I am ending our collaboration.
    }
   *[neutral] { $voice ->
        [we] We are writing to let you know that we have decided to end our collaboration.
       *[i] I am writing to let you know that I have decided to end our collaboration.
    }
}
decision-contract = { $tone ->
    [warm] { $voice ->
        [we] After careful consideration, we have decided to end our collaboration under the contract “{ $contract }”.
       *[i] After careful consideration, I have decided to end our collaboration under the contract “{ $contract }”.
    }
    [firm] { $voice ->
        [we] We are writing to notify you that we are terminating the contract “{ $contract }”.
       *[i] I am writing to notify you that I am terminating the contract “{ $contract }”.
    }
   *[neutral] { $voice ->
        [we] We are writing to let you know that we have decided to terminate the contract “{ $contract }”.
       *[i] I am writing to let you know that I have decided to terminate the contract “{ $contract }”.
    }
}

## The one reason, stated as a fact about the business or the fit

reason-capacity = { $voice ->
    [we] We are no longer able to give your account the attention it requires.
   *[i] I am no longer able to give your account the attention it requires.
}
reason-fit = { $voice ->
    [we] Our services no longer match what your business needs.
   *[i] My services no longer match what your business needs.
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
    [we] The current payment arrangements no longer allow us to continue working with you.
   *[i] The current payment arrangements no longer allow me to continue working with you.
}
reason-conduct = The conditions for a constructive working relationship are no longer met.
reason-ethics = { $voice ->
    [we] Continuing this engagement is not compatible with our professional obligations.
   *[i] Continuing this engagement is not compatible with my professional obligations.
}

## Notice and the last day

notice-days = With a notice period of { PLURAL($days) ->
    [one] { $days }{"\u00A0"}day
   *[other] { $days }{"\u00A0"}days
}, our collaboration will end on { $end }.
notice-until = Our collaboration will end on { $end }.
# $milestone is free text from the case file, e.g. "delivery of version 4.2".
notice-milestone = Our collaboration will end on { $end }, on completion of the following stage: { $milestone }.
notice-immediate = The termination takes effect immediately, on { $end }.
transition = { $voice ->
    [we] Until that date, we will continue to carry out the work in progress as agreed.
   *[i] Until that date, I will continue to carry out the work in progress as agreed.
}

## Referral: never for conduct or ethics

# $referral is "name, company (contact)" as written in the case file.
referral-person = { $voice ->
    [we] To ensure continuity, we recommend the following colleague: { $referral }.
   *[i] To ensure continuity, I recommend the following colleague: { $referral }.
}
# $provider is free text, e.g. "a full-service web agency".
referral-provider = { $voice ->
    [we] For your future needs, we recommend turning to a different kind of provider: { $provider }.
   *[i] For your future needs, I recommend turning to a different kind of provider: { $provider }.
}

## Close-out: what remains to settle

closeout-intro = To close our collaboration properly, please note the following:
# $status is where the invoice stands on the letter's date: overdue, due-today or due.
closeout-invoice = { $status ->
    [overdue] Invoice { $number }: { $amount }, due on { $due } and now overdue
    [due-today] Invoice { $number }: { $amount }, due today, { $due }
   *[due] Invoice { $number }: { $amount }, due on { $due }
}
# After two or more invoices in one currency, when the reason is payment.
closeout-owed = Total outstanding: { $total }
closeout-invoice-undated = Invoice { $number }: { $amount }
closeout-deliverable = { $item }: to be delivered by { $by }
closeout-deliverable-undated = To be delivered: { $item }
closeout-handover = To be handed over: { $item }
closeout-data = { $data ->
    [return] Your files and data: returned to you in full
    [delete] Your files and data: securely deleted once the handover is complete
   *[keep-as-required] Your files and data: kept only as long as the law requires
}
closeout-refund = Refund of the unused prepaid balance: { $amount }
# The item may be singular or plural: the label has no verb to agree with it.
closeout-continuing = Still in force after the end date: { $item }

## Thanks and a door left open for practical questions

thanks = { $tone ->
    [warm] { $voice ->
        [we] Thank you sincerely for the trust you have placed in us and for our work together.
       *[i] Thank you sincerely for the trust you have placed in me and for our work together.
    }
    [firm] Thank you for your understanding.
   *[neutral] { $voice ->
        [we] Thank you for the trust you have placed in us.
       *[i] Thank you for the trust you have placed in me.
    }
}
# $closeout is none when the case lists nothing to settle: then there is no handover to ask about.
questions = { $closeout ->
    [none] { $voice ->
        [we] If you have any questions, you can reach us at { $email }.
       *[i] If you have any questions, you can reach me at { $email }.
    }
   *[some] { $voice ->
        [we] If you have any practical questions about the handover, you can reach us at { $email }.
       *[i] If you have any practical questions about the handover, you can reach me at { $email }.
    }
}
