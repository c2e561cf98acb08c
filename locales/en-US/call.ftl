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
# American usage: "continue" (not "carry on with"), "handoff" (not "handover"),
# "honored our agreement" (not "kept to"), "everything we agreed on".
call-transition = { $voice ->
    [we] Until then, we’ll continue the work in progress as agreed.
   *[i] Until then, I’ll continue the work in progress as agreed.
}
call-pushback-why-answer = { $transition ->
    [none] { $reason } The decision’s been made, and it’s final.
   *[some] { $closeout ->
        [none] { $reason } The decision’s been made. What matters now is that the change goes smoothly for you.
       *[some] { $reason } The decision’s been made. What matters now is making the handoff as smooth as possible for you.
    }
}
call-pushback-breach = “You haven’t honored our agreement.”
call-pushback-favour-answer = { $kind ->
    [immediate] The work ends today, so I can’t take anything else on, formally or informally.
   *[other] { $voice ->
        [we] Until { $end }, we’ll keep providing everything we agreed on. After that, we can’t take on anything new, formally or informally.
       *[i] Until { $end }, I’ll keep providing everything we agreed on. After that, I can’t take on anything new, formally or informally.
    }
}
call-pushback-upset-answer = { $transition ->
    [none] I understand this isn’t welcome news. I’ll confirm everything in writing today.
   *[some] I understand this isn’t welcome news. I’ll make sure you have everything you need for the handoff.
}
