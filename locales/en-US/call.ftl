### adieu — English (United States): the call script, where it differs from locales/en.

call-greeting = { $gender ->
    [female] Hello Ms. { $surname },
    [male] Hello Mr. { $surname },
   *[unspecified] Hello { $name },
} { $voice ->
    [we] this is { $sender } from { $firm }.
   *[i] this is { $sender }.
}
