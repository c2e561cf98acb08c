### adieu — español (México): guion de la llamada, donde difiere de locales/es.

call-check-contract = Contrato revisado: exige dar aviso con al menos { PLURAL($days) ->
    [one] un{"\u00A0"}día
    [many] { $days }{"\u00A0"}de días
   *[other] { $days }{"\u00A0"}días
} de anticipación{ $closeout ->
    [none] ; todo lo ya cobrado se ha entregado.
   *[some] ; todo lo ya cobrado se ha entregado o figura más abajo, en las cuestiones pendientes.
}
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
# «Transferir» y «transición», no «traspaso» (véase document.ftl).
call-closeout-handover = { $voice ->
    [we] { $agreement ->
        [singular] Nos queda por transferirle { $items }.
       *[plural] Nos quedan por transferirle { $items }.
    }
   *[i] { $agreement ->
        [singular] Me queda por transferirle { $items }.
       *[plural] Me quedan por transferirle { $items }.
    }
}
call-closeout-handover-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] Nos queda por transferirle un elemento:
        [many] Nos quedan por transferirle estos elementos:
       *[other] Nos quedan por transferirle estos elementos:
    }
   *[i] { PLURAL($count) ->
        [one] Me queda por transferirle un elemento:
        [many] Me quedan por transferirle estos elementos:
       *[other] Me quedan por transferirle estos elementos:
    }
}
call-closeout-data = { $data ->
    [return] { $voice ->
        [we] Le devolveremos todos sus archivos y datos.
       *[i] Le devolveré todos sus archivos y datos.
    }
    [delete] { $voice ->
        [we] Cuando concluya la transición, eliminaremos sus archivos y datos de forma segura.
       *[i] Cuando concluya la transición, eliminaré sus archivos y datos de forma segura.
    }
   *[keep-as-required] { $voice ->
        [we] Conservaremos sus archivos y datos únicamente durante el tiempo que exija la ley.
       *[i] Conservaré sus archivos y datos únicamente durante el tiempo que exija la ley.
    }
}

# En México se habla en pretérito simple de una decisión recién tomada («tomé»,
# «decidí»), y «abonar» sugiere un pago a plazos.
call-ask-time = { $voice ->
    [we] ¿Tiene unos minutos? Quería comunicarle una decisión importante que tomamos.
   *[i] ¿Tiene unos minutos? Quería comunicarle una decisión importante que tomé.
}
call-decision-line = { $voice ->
    [we] Decidimos terminar nuestra colaboración.
   *[i] Decidí terminar nuestra colaboración.
}
call-notice-immediate = La terminación surte efectos a partir de hoy, { $end }.
call-referral-provider = Para después de esa fecha, le sugiero buscar un proveedor que se ajuste mejor a lo que necesita: { $provider }.
call-pushback-invoice-answer = { $voice ->
    [we] Entendemos lo que nos dice, pero la factura se tiene que pagar. Le enviaremos el desglose por escrito y le aclararemos, también por escrito, cualquier duda que tenga sobre ella.
   *[i] Entiendo lo que me dice, pero la factura se tiene que pagar. Le enviaré el desglose por escrito y le aclararé, también por escrito, cualquier duda que tenga sobre ella.
}

# Tras dos o más facturas vencidas: en México se pide, y se paga «a la brevedad».
call-closeout-pay-overdue = { $voice ->
    [we] Le pedimos que las liquide a la brevedad.
   *[i] Le pido que las liquide a la brevedad.
}
