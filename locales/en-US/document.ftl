### adieu — English (United States): only the messages whose US convention differs
### from locales/en (British); everything else is taken from there.
### US business letters write "Mr." and "Ms." with a period, put a colon after the
### salutation and close with "Sincerely,". Dates come from the tag itself
### ("November 22, 2026").

## Letter head

contact-phone = Phone: { $number }
recipient = { $gender ->
    [female] Ms. { $name }
    [male] Mr. { $name }
   *[unspecified] { $name }
}
# American practice: the addressee, the page, then the date.
letter-continuation = { $recipient } · Page { $page } · { $date }

## Salutation and closing

salutation = { $gender ->
    [female] Dear Ms. { $surname }:
    [male] Dear Mr. { $surname }:
   *[unspecified] Dear { $name }:
}
closing = { $tone ->
    [warm] Warm regards,
    [firm] Sincerely,
   *[neutral] Sincerely,
}
email-closing = { $tone ->
    [warm] Warm regards,
    [firm] Regards,
   *[neutral] Best regards,
}

## The decision: always the first sentence

# American usage puts a full stop after a quoted title inside the quotation marks.
# A title that says "agreement" itself ($titled is yes) is cited as the agreement's
# name, unquoted; any other follows "entitled" (see locales/en).
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
    } entitled “{ $contract }{ $referenced ->
        [yes] ” (ref.{"\u00A0"}{ $reference }).
       *[no] .”
    }
}
# US usage: "effective immediately", the date with "as of".
notice-immediate = This takes effect immediately, as of { $end }.

## Close-out

# US style puts a comma after the year of a date in mid-sentence.
closeout-invoice = { $status ->
    [overdue] Invoice { $number }: { $amount }, due on { $due }, and now overdue
    [due-today] Invoice { $number }: { $amount }, due today, { $due }
   *[due] Invoice { $number }: { $amount }, due on { $due }
}
# The same comma after the year when one invoice is the whole close-out.
closeout-one-invoice = { $status ->
    [overdue] Invoice { $number } for { $amount } fell due on { $due }, and is still unpaid; please pay it without further delay.
    [due-today] Invoice { $number } for { $amount } is due today, { $due }.
   *[due] Invoice { $number } for { $amount } is due on { $due }.
}
# American usage: "handoff", not "handover".
closeout-data = { $data ->
    [return] Your files and data: to be returned to you in full
    [delete] Your files and data: to be securely deleted once the handoff is complete
   *[keep-as-required] Your files and data: to be kept only for as long as the law requires
}

## Thanks

thanks = { $tone ->
    [warm] { $voice ->
        [we] It has been a real pleasure working with you, and we wish you every success in the future.
       *[i] It has been a real pleasure working with you, and I wish you every success in the future.
    }
    [firm] Thank you for your understanding.
   *[neutral] { $voice ->
        [we] Thank you for the opportunity to work with you. We wish you every success in the future.
       *[i] Thank you for the opportunity to work with you. I wish you every success in the future.
    }
}

# American usage: "phase" for a stage of a project. The milestone is what concludes
# the phase ("concludes with the launch of …"), never the phase itself.
notice-milestone = Our working relationship will end on { $end }, once the current phase concludes with { $milestone }.
