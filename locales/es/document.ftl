### adieu — español (España), registro formal de empresa, trato de usted.
### Mensajes comunes a la carta, el correo electrónico y el guion de la llamada.
###
### Todos los mensajes pueden usar estas variables, fijadas para todo el documento:
###   $tone     warm | neutral | firm
###   $voice    we (el remitente escribe en nombre de una empresa) | i (profesional autónomo)
###   $gender   female | male | unspecified (la persona de contacto del cliente)
###   $name     nombre completo de la persona de contacto del cliente
###   $surname  apellido de la persona de contacto del cliente
###   $sender   nombre del remitente
###   $firm     empresa del remitente, o su nombre si no la hay
###   $email    dirección de correo electrónico del remitente
### Los nombres y textos libres del archivo del caso van siempre donde pueden figurar
### tal cual (tras dos puntos, en aposición, como elemento de lista).
### No se usa ninguna forma que concuerde con el género del remitente ni, fuera del
### saludo, con el del cliente (se evitan «juntos», «colega», etc.), ni pronombres de
### objeto directo para «usted» (lo/la/le), que dependerían de su género.

## Encabezamiento

# En las cartas comerciales españolas la línea del asunto lleva la etiqueta «Asunto:»,
# a diferencia del inglés, que la deja sin etiqueta.
letter-subject = Asunto: { $subject }
# The header of the second and later pages: to whom, the date, the page ($page).
letter-continuation = { $recipient } · { $date } · página { $page }
email-subject = Asunto: { $subject }
subject = Fin de nuestra colaboración
# El título va entre las comillas de la variante (locale.yaml: quotes): «…» en
# España, “…” en México.
# «Finalización» es neutra; «resolución» o «rescisión» tienen en España un sentido
# jurídico preciso (incumplimiento, lesión) que el documento no debe afirmar.
subject-contract = Fin de nuestra colaboración – { QUOTE($contract) }
subject-contract-reference = Fin de nuestra colaboración – { QUOTE($contract) } (ref.{"\u00A0"}{ $reference })
# El asunto cuando el contrato tiene referencia pero no título.
subject-reference = Fin de nuestra colaboración – contrato ref.{"\u00A0"}{ $reference }
place-date = { $place }, { $date }
# Línea de fecha cuando el caso no indica lugar.
date-line = { $date }
recipient = { $name }
contact-email = Correo electrónico: { $address }
# «Tel.» es también la abreviatura española de «teléfono» (RAE).
contact-phone = Tel.: { $number }

## Saludo y despedida

# Las fórmulas de saludo españolas terminan en dos puntos. Sin género conocido,
# «Estimado/a» con el nombre completo (DOMAIN): una carta impresa no se abre con
# «Buenos días», y en el correo los dos revisores de la ronda 6 prefieren también
# «Estimado/a» a «Buenos días» seguido del nombre completo. Nada de «Muy señores
# míos»: se dirige a una empresa, y el cliente puede ser un particular. Con el género
# indicado en el caso (`client.contact.gender`) se escribe «Estimada Sra. …».
salutation = { $gender ->
    [female] Estimada Sra. { $surname }:
    [male] Estimado Sr. { $surname }:
   *[unspecified] Estimado/a { $name }:
}
# «Atentamente,» es la despedida formal estándar; con tono cercano, «Un cordial saludo,».
closing = { $tone ->
    [warm] Un cordial saludo,
    [firm] Atentamente,
   *[neutral] Atentamente,
}
# En el correo electrónico, la despedida es más breve que en la carta.
email-closing = { $tone ->
    [warm] Un cordial saludo,
    [firm] Atentamente,
   *[neutral] Saludos cordiales,
}

## La decisión: siempre la primera frase

decision = { $tone ->
    [warm] { $voice ->
        [we] Tras meditarlo detenidamente, hemos decidido poner fin a nuestra colaboración.
       *[i] Tras meditarlo detenidamente, he decidido poner fin a nuestra colaboración.
    }
    [firm] { $voice ->
        [we] Por la presente le comunicamos que ponemos fin a nuestra colaboración.
       *[i] Por la presente le comunico que pongo fin a nuestra colaboración.
    }
   *[neutral] { $voice ->
        [we] Le escribimos para comunicarle que hemos decidido poner fin a nuestra colaboración.
       *[i] Le escribo para comunicarle que he decidido poner fin a nuestra colaboración.
    }
}
# The contract is cited with its date and reference when the case gives them:
# $dated and $referenced are yes or no.
# Con $titled en yes, el título ya dice «Contrato…» (o «Acuerdo…», «Convenio…»): se
# cita como nombre del contrato, sin repetir «el contrato … («Contrato…»)». Si no, el
# título sigue a «denominado», no entre paréntesis tras «el contrato».
decision-contract = { $tone ->
    [warm] { $voice ->
        [we] Tras meditarlo detenidamente, hemos decidido poner fin a nuestra colaboración y dar por terminado el
       *[i] Tras meditarlo detenidamente, he decidido poner fin a nuestra colaboración y dar por terminado el
    }
    [firm] { $voice ->
        [we] Por la presente le comunicamos que damos por terminado el
       *[i] Por la presente le comunico que doy por terminado el
    }
   *[neutral] { $voice ->
        [we] Le escribimos para comunicarle que hemos decidido dar por terminado el
       *[i] Le escribo para comunicarle que he decidido dar por terminado el
    }
} { $titled ->
    [yes] { QUOTE($contract) }{ $referenced ->
        [yes] {" "}(ref.{"\u00A0"}{ $reference })
       *[no] {""}
    }{ $dated ->
        [yes] , suscrito el { $signed }
       *[no] {""}
    }.
   *[no] contrato denominado { QUOTE($contract) }{ $referenced ->
        [yes] {" "}(ref.{"\u00A0"}{ $reference })
       *[no] {""}
    }{ $dated ->
        [yes] , suscrito el { $signed }
       *[no] {""}
    }.
}
# Un contrato que el caso cita por su fecha o su referencia, sin título: «el
# contrato suscrito el 16 de mayo de 2022 (ref. MA-2022-014)», nunca omitido.
decision-agreement = { $tone ->
    [warm] { $voice ->
        [we] Tras meditarlo detenidamente, hemos decidido poner fin a nuestra colaboración y dar por terminado el
       *[i] Tras meditarlo detenidamente, he decidido poner fin a nuestra colaboración y dar por terminado el
    }
    [firm] { $voice ->
        [we] Por la presente le comunicamos que damos por terminado el
       *[i] Por la presente le comunico que doy por terminado el
    }
   *[neutral] { $voice ->
        [we] Le escribimos para comunicarle que hemos decidido dar por terminado el
       *[i] Le escribo para comunicarle que he decidido dar por terminado el
    }
} contrato{ $dated ->
    [yes] {" "}suscrito el { $signed }
   *[no] {""}
}{ $referenced ->
    [yes] {" "}(ref.{"\u00A0"}{ $reference })
   *[no] {""}
}.

## El motivo, único, expresado como un hecho sobre la actividad o la adecuación

# «Cuenta» se leería como cuenta bancaria fuera del mundo de las agencias; se habla de «sus proyectos».
reason-capacity = { $voice ->
    [we] Ya no estamos en condiciones de dedicar a sus proyectos la atención que requieren.
   *[i] Ya no estoy en condiciones de dedicar a sus proyectos la atención que requieren.
}
reason-fit = { $voice ->
    [we] Nuestros servicios ya no se ajustan a las necesidades de su empresa.
   *[i] Mis servicios ya no se ajustan a las necesidades de su empresa.
}
# Sin «su actividad», que con el trato de usted podría leerse como la del cliente.
reason-direction = { $voice ->
    [we] Estamos reorientando nuestra actividad y reduciendo la gama de servicios que ofrecemos.
   *[i] Estoy reorientando mi actividad profesional y reduciendo la gama de servicios que ofrezco.
}
reason-outgrown = { $voice ->
    [we] Sus necesidades superan ya lo que podemos ofrecerle: un equipo más amplio o un especialista podrá atenderlas mejor.
   *[i] Sus necesidades superan ya lo que puedo ofrecerle: un equipo más amplio o un especialista podrá atenderlas mejor.
}
reason-payment = { $voice ->
    [we] Los reiterados retrasos en los pagos ya no nos permiten continuar con la relación profesional.
   *[i] Los reiterados retrasos en los pagos ya no me permiten continuar con la relación profesional.
}
reason-conduct = Ya no se dan las condiciones necesarias para una relación profesional constructiva.
reason-ethics = { $voice ->
    [we] Continuar con este encargo no es compatible con nuestras obligaciones profesionales.
   *[i] Continuar con este encargo no es compatible con mis obligaciones profesionales.
}

## Preaviso y último día

# [many] solo se da con millones exactos («1 000 000 de días»), inalcanzable aquí
# (el preaviso máximo es de un año), pero se escribe correctamente con «de».
notice-days = Con un preaviso de { PLURAL($days) ->
    [one] un{"\u00A0"}día
    [many] { $days }{"\u00A0"}de días
   *[other] { $days }{"\u00A0"}días
}, nuestra colaboración finalizará el { $end }.
notice-until = Nuestra colaboración finalizará el { $end }.
# $milestone es texto libre del archivo del caso, p. ej. «la entrega de la versión 4.2».
notice-milestone = Nuestra colaboración finalizará el { $end }, una vez concluida la fase actual, con { $milestone }.
notice-immediate = Esta decisión surte efecto a partir de hoy, { $end }.
transition = { $voice ->
    [we] Hasta esa fecha, seguiremos realizando los trabajos en curso según lo acordado.
   *[i] Hasta esa fecha, seguiré realizando los trabajos en curso según lo acordado.
}

## Recomendación: nunca en casos de conducta o ética

# La persona recomendada: $name y, si $who es both, «, de» y su empresa $company (en
# aposición, sin declinar nada); si $reach es some, sus datos de contacto $contact entre
# paréntesis: «Lucía Navarro, de Navarro Digital (lucia@navarro.example)». Va en
# referral-person y en la lista de comprobación del guion.
referral-colleague = { $who ->
    [both] { $name }, de { $company }
   *[name] { $name }
}{ $reach ->
    [some] {" "}({ $contact })
   *[none] {""}
}
# $referral es referral-colleague. «Persona» en lugar de «colega»: el artículo de
# «colega» concordaría con el género de la persona recomendada, que no conocemos.
referral-person = { $voice ->
    [we] Le recomendamos que se ponga en contacto con una persona de nuestra confianza: { $referral }.
   *[i] Le recomiendo que se ponga en contacto con una persona de mi confianza: { $referral }.
}
# $provider es texto libre, p. ej. «una agencia web integral». Sin «necesidades»,
# que ya dicen reason-fit y reason-outgrown (ronda 6b).
referral-provider = { $voice ->
    [we] De cara al futuro, le recomendamos recurrir a un proveedor que se ajuste mejor a lo que necesita: { $provider }.
   *[i] De cara al futuro, le recomiendo recurrir a un proveedor que se ajuste mejor a lo que necesita: { $provider }.
}

## Cierre: lo que queda por resolver

# No se pide al cliente que «tenga en cuenta» la lista: en ella hay también lo que le
# debemos (una devolución) y lo que nos debe (se reclama aparte, closeout-pay-overdue).
# El verbo lleva persona («le detallamos» / «le detallo»), de ahí las dos formas.
closeout-intro = { $voice ->
    [we] Para un cierre ordenado, le detallamos a continuación lo que queda por resolver:
   *[i] Para un cierre ordenado, le detallo a continuación lo que queda por resolver:
}
# $status: overdue (vencida antes de la fecha de la carta), due-today o due.
closeout-invoice = { $status ->
    [overdue] Factura { $number }: { $amount }, vencida el { $due } y pendiente de pago
    [due-today] Factura { $number }: { $amount }, con vencimiento hoy, { $due }
   *[due] Factura { $number }: { $amount }, con vencimiento el { $due }
}
closeout-owed = Total pendiente de pago: { $total }
# Tras la lista, cuando $count facturas de ella han vencido en la fecha de la carta.
# CLDR: [many] son los millones exactos, como en notice-days.
closeout-pay-overdue = { PLURAL($count) ->
    [one] { $voice ->
        [we] Le rogamos que abone la factura vencida a la mayor brevedad.
       *[i] Le ruego que abone la factura vencida a la mayor brevedad.
    }
    [many] { $voice ->
        [we] Le rogamos que abone las facturas vencidas a la mayor brevedad.
       *[i] Le ruego que abone las facturas vencidas a la mayor brevedad.
    }
   *[other] { $voice ->
        [we] Le rogamos que abone las facturas vencidas a la mayor brevedad.
       *[i] Le ruego que abone las facturas vencidas a la mayor brevedad.
    }
}
closeout-invoice-undated = Factura { $number }: { $amount }
# El elemento puede ser singular o plural («Etiquetas…»): sin verbo que concuerde con él.
closeout-deliverable = { $item }: entrega a más tardar el { $by }
closeout-deliverable-undated = Pendiente de entrega: { $item }
# The label over two or more deliverables, each on a line of its own.
closeout-deliverable-group = Pendiente de entrega:
# One line of that list: $item, then the date it arrives.
closeout-deliverable-item = { $item }, a más tardar el { $by }
closeout-handover = Pendiente de traspaso: { $item }
# The label over two or more items to hand over, each on a line of its own.
closeout-handover-group = Pendiente de traspaso:
closeout-data = { $data ->
    [return] Sus archivos y datos: se le devolverán íntegramente
    [delete] Sus archivos y datos: se eliminarán de forma segura una vez completado el traspaso
   *[keep-as-required] Sus archivos y datos: se conservarán únicamente durante el tiempo que exija la ley
}
# «A su favor»: que quede claro quién devuelve a quién.
closeout-refund = Devolución a su favor de la parte no utilizada del anticipo: { $amount }
# «En vigor» es invariable, a diferencia de «sigue vigente», que concordaría con el elemento.
closeout-continuing = En vigor tras la fecha de finalización: { $item }
# The label over two or more items that stay in force, each on a line of its own.
# Sin verbo: la etiqueta puede encabezar un único elemento escrito por el usuario.
closeout-continuing-group = En vigor tras la fecha de finalización:

## Un cierre de un solo punto: una frase en lugar de la introducción y la lista

# La factura sola. Si está vencida, la misma frase pide el pago (no sigue
# closeout-pay-overdue). $status: overdue, due-today o due.
closeout-one-invoice = { $status ->
    [overdue] { $voice ->
        [we] La factura { $number }, por importe de { $amount }, venció el { $due } y sigue pendiente de pago; le rogamos que la abone a la mayor brevedad.
       *[i] La factura { $number }, por importe de { $amount }, venció el { $due } y sigue pendiente de pago; le ruego que la abone a la mayor brevedad.
    }
    [due-today] La factura { $number }, por importe de { $amount }, vence hoy, { $due }.
   *[due] La factura { $number }, por importe de { $amount }, vence el { $due }.
}
closeout-one-invoice-undated = Queda pendiente de pago la factura { $number }, por importe de { $amount }.
# $item va tras dos puntos, para que el texto del usuario quede tal como lo escribió.
closeout-one-deliverable = { $voice ->
    [we] A más tardar el { $by } le entregaremos lo que queda pendiente: { $item }.
   *[i] A más tardar el { $by } le entregaré lo que queda pendiente: { $item }.
}
closeout-one-deliverable-undated = { $voice ->
    [we] Le entregaremos lo que queda pendiente: { $item }.
   *[i] Le entregaré lo que queda pendiente: { $item }.
}
closeout-one-handover = { $voice ->
    [we] Le traspasaremos lo siguiente: { $item }.
   *[i] Le traspasaré lo siguiente: { $item }.
}
# Los archivos y datos solos: no hay traspaso que esperar.
closeout-one-data = { $data ->
    [return] { $voice ->
        [we] Le devolveremos íntegramente sus archivos y datos.
       *[i] Le devolveré íntegramente sus archivos y datos.
    }
    [delete] { $voice ->
        [we] Tras la fecha de finalización, eliminaremos sus archivos y datos de forma segura.
       *[i] Tras la fecha de finalización, eliminaré sus archivos y datos de forma segura.
    }
   *[keep-as-required] { $voice ->
        [we] Conservaremos sus archivos y datos únicamente durante el tiempo que exija la ley.
       *[i] Conservaré sus archivos y datos únicamente durante el tiempo que exija la ley.
    }
}
closeout-one-refund = { $voice ->
    [we] Le devolveremos la parte no utilizada del anticipo, que asciende a { $amount }.
   *[i] Le devolveré la parte no utilizada del anticipo, que asciende a { $amount }.
}
# «Lo siguiente» concuerda con el verbo, sea el elemento singular o plural.
# $agreement: el número del elemento (singular, plural); «lo siguiente» no concuerda
# con él, así que ambas formas coinciden.
closeout-one-continuing = { $agreement ->
    [singular] Tras la fecha de finalización, seguirá en vigor lo siguiente: { $item }.
   *[plural] Tras la fecha de finalización, seguirá en vigor lo siguiente: { $item }.
}
# Las introducciones de las cuatro frases anteriores cuando el elemento lo ha
# escrito el usuario: el elemento va en su propia línea.
closeout-one-deliverable-lead = { $voice ->
    [we] A más tardar el { $by } le entregaremos lo que queda pendiente:
   *[i] A más tardar el { $by } le entregaré lo que queda pendiente:
}
closeout-one-deliverable-undated-lead = { $voice ->
    [we] Le entregaremos lo que queda pendiente:
   *[i] Le entregaré lo que queda pendiente:
}
closeout-one-handover-lead = { $voice ->
    [we] Le traspasaremos lo siguiente:
   *[i] Le traspasaré lo siguiente:
}
closeout-one-continuing-lead = Tras la fecha de finalización, seguirá en vigor lo siguiente:

## Agradecimiento y puerta abierta a las cuestiones prácticas

thanks = { $tone ->
    [warm] { $voice ->
        [we] Le agradecemos sinceramente la confianza que ha depositado en nuestro equipo y la colaboración que hemos mantenido.
       *[i] Le agradezco sinceramente la confianza que ha depositado en mí y la colaboración que hemos mantenido.
    }
    [firm] Gracias por su comprensión.
   *[neutral] { $voice ->
        [we] Le agradecemos la confianza que ha depositado en nuestro equipo.
       *[i] Le agradezco la confianza que ha depositado en mí.
    }
}
questions = { $closeout ->
    [none] { $voice ->
        [we] Para cualquier consulta, puede escribirnos a { $email }.
       *[i] Para cualquier consulta, puede escribirme a { $email }.
    }
   *[some] { $voice ->
        [we] Para cualquier cuestión práctica relacionada con el cierre, puede escribirnos a { $email }.
       *[i] Para cualquier cuestión práctica relacionada con el cierre, puede escribirme a { $email }.
    }
}
# La línea de cierre del correo: el cliente responde al propio correo, así que no se da
# ninguna dirección. Empieza por «Si…» para no encadenar un tercer «Para…» tras
# referral-person y closeout-intro.
questions-email = { $closeout ->
    [none] Si tiene cualquier consulta, puede responder directamente a este correo.
   *[some] Si tiene cualquier duda sobre los aspectos prácticos del cierre, puede responder directamente a este correo.
}
