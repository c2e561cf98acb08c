### adieu — español (México): guion de la llamada, donde difiere de locales/es.

call-check-contract = Contrato revisado: exige un aviso previo mínimo de { PLURAL($days) ->
    [one] { $days }{"\u00A0"}día
    [many] { $days }{"\u00A0"}de días
   *[other] { $days }{"\u00A0"}días
}, y se han cumplido todos los compromisos ya cobrados.
call-notice = Aviso previo y transición
# «Enfado» es peninsular; en México se dice «enojo».
call-pushback-upset = Enojo o molestia
