### adieu — English (United States): the call script, where it differs from locales/en.

call-greeting = { $gender ->
    [female] Hello Ms. { $surname }, this is { $sender }{ $voice ->
        [we] {" "}from { $spoken }.
       *[i] .
    }
    [male] Hello Mr. { $surname }, this is { $sender }{ $voice ->
        [we] {" "}from { $spoken }.
       *[i] .
    }
   *[unspecified] Hello, is this { $name }? This is { $sender }{ $voice ->
        [we] {" "}from { $spoken }.
       *[i] .
    }
}
call-ask-time = Do you have a few minutes? There’s something important I need to tell you.
