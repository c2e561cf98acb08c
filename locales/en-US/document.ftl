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

# American usage puts a comma after a quoted title inside the quotation marks.
decision-contract = { $tone ->
    [warm] { $voice ->
        [we] After careful consideration, we have decided to end the agreement between us{ $dated ->
            [yes] {" "}dated { $signed }
           *[no] {""}
        } (“{ $contract }{ $referenced ->
            [yes] ,” ref.{"\u00A0"}{ $reference }
           *[no] ”
        }).
       *[i] After careful consideration, I have decided to end the agreement between us{ $dated ->
            [yes] {" "}dated { $signed }
           *[no] {""}
        } (“{ $contract }{ $referenced ->
            [yes] ,” ref.{"\u00A0"}{ $reference }
           *[no] ”
        }).
    }
    [firm] { $voice ->
        [we] We are writing to give you notice that we are terminating the agreement between us{ $dated ->
            [yes] {" "}dated { $signed }
           *[no] {""}
        } (“{ $contract }{ $referenced ->
            [yes] ,” ref.{"\u00A0"}{ $reference }
           *[no] ”
        }).
       *[i] I am writing to give you notice that I am terminating the agreement between us{ $dated ->
            [yes] {" "}dated { $signed }
           *[no] {""}
        } (“{ $contract }{ $referenced ->
            [yes] ,” ref.{"\u00A0"}{ $reference }
           *[no] ”
        }).
    }
   *[neutral] { $voice ->
        [we] We are writing to let you know that we have decided to terminate the agreement between us{ $dated ->
            [yes] {" "}dated { $signed }
           *[no] {""}
        } (“{ $contract }{ $referenced ->
            [yes] ,” ref.{"\u00A0"}{ $reference }
           *[no] ”
        }).
       *[i] I am writing to let you know that I have decided to terminate the agreement between us{ $dated ->
            [yes] {" "}dated { $signed }
           *[no] {""}
        } (“{ $contract }{ $referenced ->
            [yes] ,” ref.{"\u00A0"}{ $reference }
           *[no] ”
        }).
    }
}
# US usage: "effective immediately", the date with "as of".
notice-immediate = The termination is effective immediately, as of { $end }.
