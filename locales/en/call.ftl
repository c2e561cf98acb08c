### adieu — English: the phone-call script. For the sender's eyes only; the lines
### to say are in the client's language, the guidance around them too.

call-title = Call script: ending the working relationship with { $client }
call-private = For your eyes only. Say the decision first, give the reason once, and do not reopen it.
# Who to call and the number, under the title; $client is the company.
call-dial = Call { $name } ({ $client }): { $number }
call-dial-person = Call { $name }: { $number }
# The key facts, in a box under the title: what to keep in mind under stress. Each
# line is a label and a short value, not a sentence to say.
call-facts = Key facts
call-fact-decision = Decision: the working relationship ends
# $kind is immediate for an end at once; $end is the last day, written out.
call-fact-end = { $kind ->
    [immediate] Ends: immediately, today ({ $end })
   *[other] Last day: { $end }
}
call-fact-reason = Reason: { $reason ->
    [capacity] no capacity to give the account the attention it needs
    [fit] the services no longer fit what the client needs
    [direction] the business is changing direction
    [outgrown] the client needs a larger team or a specialist
    [payment] repeated late payments
    [conduct] say only the sentence below; give no examples
   *[ethics] say only the sentence below; give no details
}
# $who is both (name and firm) or name.
call-fact-referral = Referral: { $who ->
    [both] { $referral }, { $company }
   *[name] { $referral }
}
call-fact-provider = Referral: { $provider }

## Before dialling

call-before = Before the call
call-check-contract = Contract reviewed: it requires at least { $days ->
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
} notice{ $closeout ->
    [none] , and everything already paid for has been delivered.
   *[some] , and everything already paid for has been delivered or is listed in the close-out below.
}
# $closeout (none, some): with nothing to settle there is no close-out to point to.
call-check-contract-plain = { $closeout ->
    [none] Contract reviewed: everything already paid for has been delivered.
   *[some] Contract reviewed: everything already paid for has been delivered or is listed in the close-out below.
}
call-check-agreement = Agreement reviewed: check what was agreed in writing or by email, and what has been paid.
call-check-invoices = Open invoices: settled, or a plan to collect them is ready.
call-check-referral = Referral ready: { $referral }.
call-check-provider = Referral ready: { $provider }.
call-check-confirmation = Written confirmation prepared, to send the same day.
call-check-moment = A quiet moment chosen, with about fifteen minutes set aside.

## The conversation

call-opening = Opening
# With an unknown gender, the caller checks who has answered rather than say a
# full name as a greeting.
call-greeting = { $gender ->
    [female] Hello Ms { $surname }, this is { $sender }{ $voice ->
        [we] {" "}from { $spoken }.
       *[i] .
    }
    [male] Hello Mr { $surname }, this is { $sender }{ $voice ->
        [we] {" "}from { $spoken }.
       *[i] .
    }
   *[unspecified] Hello, is that { $name }? This is { $sender }{ $voice ->
        [we] {" "}from { $spoken }.
       *[i] .
    }
}
call-ask-time = Have you got a few minutes? There’s something important I need to tell you.
call-decision = The decision (say it first)
call-decision-line = { $voice ->
    [we] We’ve decided to end our working relationship.
   *[i] I’ve decided to end our working relationship.
}
call-reason = The reason (once, without detail)
# $kind is immediate for an end at once: there is no notice to speak of.
call-notice = { $kind ->
    [immediate] End date
   *[other] Notice and transition
}
# Spoken forms of the notice, the transition and the referral: said on the phone,
# so no contact details read aloud and no written formulas.
call-notice-days = Please take this as { $days ->
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
} notice: our last day working together will be { $end }.
call-notice-until = Our last day working together will be { $end }.
call-notice-milestone = Our last day working together will be { $end }, once the current stage wraps up with { $milestone }.
call-notice-immediate = This takes effect immediately, from today, { $end }.
call-transition = { $voice ->
    [we] Until then, we’ll carry on with the work in progress as agreed.
   *[i] Until then, I’ll carry on with the work in progress as agreed.
}
# $who is both (name and firm) or name; the contact details follow in writing.
call-referral-person = { $voice ->
    [we] We’d be happy to recommend { $who ->
        [both] { $referral } at { $company }
       *[name] { $referral }
    }. I’ll send you the details in writing.
   *[i] I’d be happy to recommend { $who ->
        [both] { $referral } at { $company }
       *[name] { $referral }
    }. I’ll send you the details in writing.
}
call-referral-provider = I think { $provider } would suit you better from here.
call-referral = Referral
call-closeout = Close-out
# Said before the close-out's sentences; $count is how many there are. One is
# said in the same breath ("There’s one last thing. We’ll refund …").
call-closeout-line = { PLURAL($count) ->
    [one] There’s one last thing.
   *[other] Before we finish, a few practical points.
}
# The close-out said aloud, one sentence per kind of item: amounts without zero
# decimals, dates without the year, no "No.", no email address. $status: overdue,
# due-today or due; an overdue invoice is asked for.
call-closeout-invoice = { $status ->
    [overdue] Invoice { $number }, for { $amount }, was due on { $due } and is still unpaid{ $ask ->
        [no] .
       *[yes] ; please pay it as soon as possible.
    }
    [due-today] Invoice { $number }, for { $amount }, is due today.
   *[due] Invoice { $number }, for { $amount }, is due on { $due }.
}
call-closeout-invoice-undated = Invoice { $number }, for { $amount }, is still to be paid.
# After two or more invoices in one currency, when the reason is payment.
call-closeout-owed = That comes to { $amount } in total.
# After two or more overdue invoices ($count), each said without a request: the
# request once, for all of them.
call-closeout-pay-overdue = Please pay them as soon as possible.
# $items: adieu's own items in their spoken form (`item-….spoken`, with the
# article: "the final report") joined as a list ("a, b and c"), said as part of
# the sentence, with no colon; $agreement: singular or plural, the number of what
# they say (one item's own number: "domain names" are plural), which the verb of
# `call-closeout-continuing` agrees with (a list of one is never "these").
call-closeout-deliverables = { $voice ->
    [we] We’ll still deliver { $agreement ->
        [singular] { $items }
       *[plural] { $items }
    }.
   *[i] I’ll still deliver { $agreement ->
        [singular] { $items }
       *[plural] { $items }
    }.
}
call-closeout-handover = { $voice ->
    [we] We’ll hand over { $agreement ->
        [singular] { $items }
       *[plural] { $items }
    }.
   *[i] I’ll hand over { $agreement ->
        [singular] { $items }
       *[plural] { $items }
    }.
}
call-closeout-data = { $data ->
    [return] { $voice ->
        [we] We’ll return all your files and data to you.
       *[i] I’ll return all your files and data to you.
    }
    [delete] { $voice ->
        [we] Once everything’s handed over, we’ll securely delete your files and data.
       *[i] Once everything’s handed over, I’ll securely delete your files and data.
    }
   *[keep-as-required] { $voice ->
        [we] We’ll keep your files and data only as long as the law requires.
       *[i] I’ll keep your files and data only as long as the law requires.
    }
}
call-closeout-refund = { $voice ->
    [we] We’ll refund the unused prepaid balance of { $amount }.
   *[i] I’ll refund the unused prepaid balance of { $amount }.
}
# $agreement: the number of what $items says (one item, singular or plural, or several).
call-closeout-continuing = { $agreement ->
    [singular] After the end date, { $items } stays in force.
   *[plural] After the end date, { $items } stay in force.
}
# The lead-ins of the three sentences above when an item is the user's own words
# (or has a comma): the lead-in's own noun carries the grammar, agreeing with
# $count, and each item follows on a line of its own.
call-closeout-deliverables-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] We’ll still deliver one last piece of work:
       *[other] We’ll still deliver the following pieces of work:
    }
   *[i] { PLURAL($count) ->
        [one] I’ll still deliver one last piece of work:
       *[other] I’ll still deliver the following pieces of work:
    }
}
call-closeout-handover-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] There’s one more thing we’ll hand over to you:
       *[other] We’ll hand the following items over to you:
    }
   *[i] { PLURAL($count) ->
        [one] There’s one more thing I’ll hand over to you:
       *[other] I’ll hand the following items over to you:
    }
}
call-closeout-continuing-lead = { PLURAL($count) ->
    [one] After the end date, one commitment stays in force:
   *[other] After the end date, the following commitments stay in force:
}

## Pushback: calm answers that restate the decision without arguing

call-pushback = If the client pushes back
call-pushback-why = “Why?”
# $reason is the reason sentence, said again word for word.
call-pushback-why-answer = { $transition ->
    [none] { $reason } The decision’s been made, and it’s final.
   *[some] { $closeout ->
        [none] { $reason } The decision’s been made. What matters now is that the change goes smoothly for you.
       *[some] { $reason } The decision’s been made. What matters now is making the handover as smooth as possible for you.
    }
}
call-pushback-fix = “Can we fix this?”
call-pushback-fix-answer = { $transition ->
    [none] I appreciate you asking, but the decision is final.
   *[some] I appreciate you asking, but the decision is final. What I can do is make the transition as easy as possible for you.
}
call-pushback-pay = “What if we pay more?”
# $reason is the reason's code: when it is payment, money is not waved aside.
# Not asked for conduct or ethics.
call-pushback-pay-answer = { $reason ->
    [payment] Thank you, but the decision stands.
   *[capacity] That’s kind of you, but it isn’t about the money. The decision stands.
}
call-pushback-invoice = “We’re not paying the last invoice.”
call-pushback-invoice-answer = I understand, but the invoice is still due. I’ll send you the details in writing, and you’re welcome to reply with any questions.
# “Our agreement”, not “the contract”: there may be none in writing.
call-pushback-breach = “You haven’t kept to our agreement.”
call-pushback-breach-answer = I understand that’s how you see it. If you believe something wasn’t done as agreed, please put the details in writing and I’ll respond.
call-pushback-legal = “We’ll take legal action.”
# Never “that’s your right”: spoken to an angry client it sounds like a dare.
call-pushback-legal-answer = I understand. I’ll confirm all of this in writing today, and I think it’s best if we keep to email from now on.
call-pushback-favour = “Can you just do this one last thing?” or “Let’s keep working informally.”
# $end is said as a spoken date, without the year.
call-pushback-favour-answer = { $kind ->
    [immediate] The work ends today, so I can’t take anything else on, formally or informally.
   *[other] { $voice ->
        [we] Until { $end }, we’ll keep providing everything we agreed. After that, we can’t take on anything new, formally or informally.
       *[i] Until { $end }, I’ll keep providing everything we agreed. After that, I can’t take on anything new, formally or informally.
    }
}
call-pushback-upset = Anger or upset
call-pushback-upset-answer = { $transition ->
    [none] I understand this isn’t welcome news. I’ll confirm everything in writing today.
   *[some] I understand this isn’t welcome news. I’ll make sure you have everything you need for the handover.
}
call-pushback-upset-hint = Stay calm, do not argue and do not add reasons. If the conversation becomes hostile, end it politely and confirm in writing.

## Ending the call and what follows

call-closing = Closing line
call-closing-line = { $tone ->
    [warm] Thank you for your time, and for all our years of working together. I’ll confirm all of this in writing today.
   *[neutral] Thanks for your time. I’ll confirm all of this in writing today.
}
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
