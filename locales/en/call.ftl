### adieu — English: the phone-call script. For the sender's eyes only; the lines
### to say are in the client's language, the guidance around them too.

call-title = Call script: ending the collaboration with { $client }
call-private = For your eyes only. Say the decision first, give the reason once, and do not reopen it.
# Who to call and the number, under the title; $client is the company.
call-dial = Call { $name } ({ $client }): { $number }
call-dial-person = Call { $name }: { $number }

## Before dialling

call-before = Before the call
call-check-contract = Contract reviewed: it requires at least { PLURAL($days) ->
    [one] { $days }{"\u00A0"}day
   *[other] { $days }{"\u00A0"}days
} of notice, and everything already paid for has been delivered.
call-check-contract-plain = Contract reviewed: everything already paid for has been delivered.
call-check-agreement = Agreement reviewed: there is no written contract, so check what was promised and what has been paid.
call-check-invoices = Open invoices: settled, or a plan to collect them is ready.
call-check-referral = Referral ready: { $referral }.
call-check-provider = Referral ready: { $provider }.
call-check-confirmation = Written confirmation prepared, to send the same day.
call-check-moment = A quiet moment chosen, with about fifteen minutes set aside.

## The conversation

call-opening = Opening
call-greeting = { $gender ->
    [female] Hello Ms { $surname },
    [male] Hello Mr { $surname },
   *[unspecified] Hello { $name },
} { $voice ->
    [we] this is { $sender } from { $firm }.
   *[i] this is { $sender }.
}
call-ask-time = Do you have a few minutes? I have an important decision to share with you.
call-decision = The decision (say it first)
call-decision-line = { $voice ->
    [we] We have decided to end our collaboration.
   *[i] I have decided to end our collaboration.
}
call-reason = The reason (once, without detail)
call-notice = { $transition ->
    [none] End date
   *[some] Notice and transition
}
call-referral = Referral
call-closeout = Close-out
call-closeout-line = Let me go through what remains to settle:

## Pushback: calm answers that restate the decision without arguing

call-pushback = If the client pushes back
call-pushback-why = “Why?”
# $reason is the reason sentence, said again word for word.
call-pushback-why-answer = { $transition ->
    [none] { $reason } The decision has been made, and it is final.
   *[some] { $closeout ->
        [none] { $reason } The decision has been made; what matters now is that the change goes smoothly for you.
       *[some] { $reason } The decision has been made; what matters now is a smooth handover for you.
    }
}
call-pushback-fix = “Can we fix this?”
call-pushback-fix-answer = { $transition ->
    [none] I appreciate that, but the decision is final.
   *[some] I appreciate the offer, but the decision is final. What I can do is make the transition as easy as possible.
}
call-pushback-pay = “What if we pay more?”
call-pushback-pay-answer = Thank you, but this is not a question of price. The decision stands.
call-pushback-upset = Anger or upset
call-pushback-upset-answer = { $transition ->
    [none] I understand that this is not welcome news. I will confirm everything in writing today.
   *[some] I understand that this is not welcome news. I will make sure you have everything you need for the transition.
}
call-pushback-upset-hint = Stay calm, do not argue and do not add reasons. If the conversation becomes hostile, end it politely and confirm in writing.

## Ending the call and what follows

call-closing = Closing line
call-closing-line = Thank you for your time. I will confirm all of this in writing today.
call-after = Right after the call
call-after-send = { $closeout ->
    [none] Send the written confirmation today, stating the same end date ({ $end }).
   *[some] Send the written confirmation today, stating the same end date ({ $end }) and the same close-out items.
}
call-after-note = Note the date and time of the call and anything the client said or agreed.
call-after-calendar = { $transition ->
    [none] Note the end date in the client file.
   *[some] { $closeout ->
        [none] Put the end date in your calendar.
       *[some] Put the end date and every close-out deadline in your calendar.
    }
}
