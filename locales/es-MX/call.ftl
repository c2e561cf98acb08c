### adieu — español (México): guion de la llamada, donde difiere de locales/es.

call-check-contract = Contrato revisado: exige dar aviso con al menos { PLURAL($days) ->
    [one] un{"\u00A0"}día
    [many] { $days }{"\u00A0"}de días
   *[other] { $days }{"\u00A0"}días
} de anticipación; todo lo ya cobrado se ha entregado o figura más abajo, en las cuestiones pendientes.
call-notice = { $kind ->
    [immediate] Fecha de efecto
   *[other] Aviso y transición
}
call-pushback-why-answer = { $transition ->
    [none] { $reason } La decisión está tomada y es definitiva.
   *[some] { $reason } La decisión está tomada. Lo importante ahora es que la transición se realice sin contratiempos para usted.
}
# «Enfado» es peninsular; en México se dice «enojo».
call-pushback-upset = Enojo o molestia
# Spoken: "aviso de anticipación", as in the letter; with one day, no notice is named.
call-notice-days = { PLURAL($days) ->
    [one] Nuestra colaboración terminará el { $end }.
    [many] Con un aviso de { $days }{"\u00A0"}de días de anticipación, nuestra colaboración terminará el { $end }.
   *[other] Con un aviso de { $days }{"\u00A0"}días de anticipación, nuestra colaboración terminará el { $end }.
}
