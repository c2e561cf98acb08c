### adieu — English (United States): only the messages whose US convention differs
### from locales/en (British); everything else is taken from there.
### US business letters write "Mr." and "Ms." with a period, put a colon after the
### salutation and close with "Sincerely,". Dates come from the tag itself
### ("November 22, 2026").

## Letter head

contact-phone = Phone: { $number }

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

# American usage puts the final period inside the closing quotation mark.
decision-contract = { $tone ->
    [warm] { $voice ->
        [we] After careful consideration, we have decided to end our collaboration under the contract “{ $contract }.”
       *[i] After careful consideration, I have decided to end our collaboration under the contract “{ $contract }.”
    }
    [firm] { $voice ->
        [we] We are writing to notify you that we are terminating the contract “{ $contract }.”
       *[i] I am writing to notify you that I am terminating the contract “{ $contract }.”
    }
   *[neutral] { $voice ->
        [we] We are writing to let you know that we have decided to terminate the contract “{ $contract }.”
       *[i] I am writing to let you know that I have decided to terminate the contract “{ $contract }.”
    }
}
# US usage: "effective immediately", the date with "as of".
notice-immediate = The termination is effective immediately, as of { $end }.
