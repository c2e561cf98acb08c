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
call-after-calendar = { $transition ->
    [none] Note the end date in the client file.
   *[some] { $closeout ->
        [none] Put the end date on your calendar.
       *[some] Put the end date and every close-out deadline on your calendar.
    }
}
