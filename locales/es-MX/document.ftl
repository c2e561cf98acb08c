### adieu — español (México): solo los mensajes que difieren de locales/es (España);
### el resto se toma de allí. Fechas y cantidades siguen la etiqueta es-MX.
### En México se habla de «aviso» con tantos días «de anticipación», no de «preaviso»,
### término propio del derecho laboral español; «traspaso» suena a traspaso de un
### negocio, y para el relevo de un trabajo se dice «transición».

## Encabezamiento

# En México el término habitual es «terminación (anticipada) del contrato».
# Con $titled en yes el título ya dice «Contrato…»: no «del contrato «Contrato…»».
subject-contract = { $titled ->
    [yes] Terminación del { QUOTE($contract) }
   *[no] Terminación del contrato { QUOTE($contract) }
}
subject-contract-reference = { $titled ->
    [yes] Terminación del { QUOTE($contract) } (ref.{"\u00A0"}{ $reference })
   *[no] Terminación del contrato { QUOTE($contract) } (ref.{"\u00A0"}{ $reference })
}
subject-reference = Terminación del contrato ref.{"\u00A0"}{ $reference }

## Preaviso y último día

notice-days = Con un aviso de { PLURAL($days) ->
    [one] un{"\u00A0"}día
    [many] { $days }{"\u00A0"}de días
   *[other] { $days }{"\u00A0"}días
} de anticipación, nuestra colaboración finalizará el { $end }.

## Cierre: lo que queda por resolver

# «Rogar» resulta muy peninsular; en México se pide, y se paga «a la brevedad».
# (closeout-intro ya no se sobrescribe: la forma de locales/es no pide nada.)
closeout-pay-overdue = { PLURAL($count) ->
    [one] { $voice ->
        [we] Le pedimos que liquide la factura vencida a la brevedad.
       *[i] Le pido que liquide la factura vencida a la brevedad.
    }
    [many] { $voice ->
        [we] Le pedimos que liquide las facturas vencidas a la brevedad.
       *[i] Le pido que liquide las facturas vencidas a la brevedad.
    }
   *[other] { $voice ->
        [we] Le pedimos que liquide las facturas vencidas a la brevedad.
       *[i] Le pido que liquide las facturas vencidas a la brevedad.
    }
}
closeout-handover = Pendiente de transferir: { $item }
closeout-handover-group = Pendiente de transferir:
closeout-one-handover = { $voice ->
    [we] Le transferiremos lo siguiente: { $item }.
   *[i] Le transferiré lo siguiente: { $item }.
}
closeout-one-handover-lead = { $voice ->
    [we] Le transferiremos lo siguiente:
   *[i] Le transferiré lo siguiente:
}
closeout-data = { $data ->
    [return] Sus archivos y datos: se le devolverán íntegramente
    [delete] Sus archivos y datos: se eliminarán de forma segura una vez concluida la transición
   *[keep-as-required] Sus archivos y datos: se conservarán únicamente durante el tiempo que exija la ley
}

## Agradecimiento y puerta abierta a las cuestiones prácticas

questions = { $closeout ->
    [none] { $voice ->
        [we] Para cualquier duda, puede escribirnos a { $email }.
       *[i] Para cualquier duda, puede escribirme a { $email }.
    }
   *[some] { $voice ->
        [we] Para cualquier duda sobre los aspectos prácticos de la transición, puede escribirnos a { $email }.
       *[i] Para cualquier duda sobre los aspectos prácticos de la transición, puede escribirme a { $email }.
    }
}

# «Surtir efectos», en plural, es la forma usual en México.
notice-immediate = Esta decisión surte efectos a partir de hoy, { $end }.
