### adieu — español (España): guion de la llamada telefónica. Solo lo lee el remitente;
### las frases que se dicen y las indicaciones que las rodean están en español, con usted.

call-title = Guion de la llamada: fin de la colaboración con { $client }
call-private = Este guion es solo para usted. Comunique primero la decisión, dé el motivo una sola vez y no vuelva a abrir el tema.
# Who to call and the number, under the title; $client is the company.
call-dial = Llamar a { $name } ({ $client }): { $number }
call-dial-person = Llamar a { $name }: { $number }
# The key facts, in a box under the title: what to keep in mind under stress. Each
# line is a label and a short value, not a sentence to say.
call-facts = Datos clave
call-fact-decision = Decisión: fin de la colaboración
# $kind is immediate for an end at once; $end is the last day, written out.
call-fact-end = { $kind ->
    [immediate] Fin: con efecto inmediato, hoy ({ $end })
   *[other] Último día: { $end }
}
# «El cliente» designa aquí la cuenta, como en «el expediente del cliente», no a la
# persona que atiende la llamada. Para conducta y ética no se nombra el juicio
# («conducta inaceptable»): el usuario podría repetirlo en voz alta.
call-fact-reason = Motivo: { $reason ->
    [capacity] falta de disponibilidad para dar al cliente la atención que necesita
    [fit] los servicios ya no se ajustan a lo que necesita el cliente
    [direction] reorientación de la actividad
    [outgrown] el cliente necesita un equipo más amplio o un especialista
    [payment] retrasos reiterados en los pagos
    [conduct] diga solo la frase que figura más abajo, sin dar ejemplos
   *[ethics] diga solo la frase que figura más abajo, sin dar detalles
}
# $who is both (name and firm) or name.
call-fact-referral = Recomendación: { $who ->
    [both] { $referral }, de { $company }
   *[name] { $referral }
}
call-fact-provider = Recomendación: { $provider }

## Antes de llamar

call-before = Antes de la llamada
call-check-contract = Contrato revisado: exige un preaviso mínimo de { PLURAL($days) ->
    [one] un{"\u00A0"}día
    [many] { $days }{"\u00A0"}de días
   *[other] { $days }{"\u00A0"}días
}{ $closeout ->
    [none] ; todo lo ya cobrado se ha entregado.
   *[some] ; todo lo ya cobrado se ha entregado o figura más abajo, en las cuestiones pendientes.
}
call-check-contract-plain = { $closeout ->
    [none] Contrato revisado: todo lo ya cobrado se ha entregado.
   *[some] Contrato revisado: todo lo ya cobrado se ha entregado o figura más abajo, en las cuestiones pendientes.
}
call-check-agreement = Acuerdo revisado: no hay contrato escrito; compruebe qué se acordó y qué se ha pagado ya.
call-check-invoices = Facturas pendientes: cobradas, o con un plan de cobro preparado.
call-check-referral = Recomendación preparada: { $referral }.
call-check-provider = Recomendación preparada: { $provider }.
call-check-confirmation = Confirmación por escrito preparada, para enviarla el mismo día.
call-check-moment = Momento tranquilo elegido y unos quince minutos reservados.

## La conversación

call-opening = Inicio de la llamada
# En una llamada se dice «señor/señora» con todas las letras. Sin género conocido, la
# forma natural y neutra es preguntar por la persona: «¿Hablo con …?».
# «Buenos días» vale hasta la hora de comer; por la tarde se dice «Buenas tardes».
# El saludo termina en punto y call-ask-time es una pregunta aparte: las plantillas
# los escriben seguidos («Le habla Lucía Fernández, de Estudio Norte. ¿Tiene unos
# minutos?»). $spoken es el nombre de la empresa tal como se dice, sin forma
# jurídica («S.L.»), así que no quedan dos puntos seguidos.
call-greeting = { $gender ->
    [female] Buenos días, señora { $surname }.
    [male] Buenos días, señor { $surname }.
   *[unspecified] Buenos días, ¿hablo con { $name }?
} { $voice ->
    [we] Le habla { $sender }, de { $spoken }.
   *[i] Le habla { $sender }.
}
call-ask-time = { $voice ->
    [we] ¿Tiene unos minutos? Quería comunicarle una decisión importante que hemos tomado.
   *[i] ¿Tiene unos minutos? Quería comunicarle una decisión importante que he tomado.
}
call-decision = La decisión (dígala en primer lugar)
call-decision-line = { $voice ->
    [we] Hemos decidido poner fin a nuestra colaboración.
   *[i] He decidido poner fin a nuestra colaboración.
}
call-reason = El motivo (una sola vez, sin entrar en detalles)
# $kind is immediate for an end at once: there is no notice to speak of.
call-notice = { $kind ->
    [immediate] Fecha de efecto
   *[other] Preaviso y transición
}
# Spoken forms of the notice, the transition and the referral: said on the phone,
# so no contact details read aloud and no written formulas.
# Con un solo día no se nombra el preaviso (como en notice-days): por teléfono sonaría
# rígido y pondría el foco en lo breve del plazo.
call-notice-days = { PLURAL($days) ->
    [one] Nuestra colaboración terminará el { $end }.
    [many] Con un preaviso de { $days }{"\u00A0"}de días, nuestra colaboración terminará el { $end }.
   *[other] Con un preaviso de { $days }{"\u00A0"}días, nuestra colaboración terminará el { $end }.
}
call-notice-until = Nuestra colaboración terminará el { $end }.
call-notice-milestone = Nuestra colaboración terminará el { $end }, al concluir la fase actual, con { $milestone }.
call-notice-immediate = La decisión surte efecto a partir de hoy, { $end }.
call-transition = { $voice ->
    [we] Hasta entonces, seguiremos con los trabajos en curso, tal como acordamos.
   *[i] Hasta entonces, seguiré con los trabajos en curso, tal como acordamos.
}
# $who is both (name and firm) or name; the contact details follow in writing.
call-referral-person = { $voice ->
    [we] Le recomendamos a una persona de nuestra confianza: { $who ->
        [both] { $referral }, de { $company }
       *[name] { $referral }
    }. Le pasaremos sus datos por escrito.
   *[i] Le recomiendo a una persona de mi confianza: { $who ->
        [both] { $referral }, de { $company }
       *[name] { $referral }
    }. Le pasaré sus datos por escrito.
}
call-referral-provider = Para después de esa fecha, le convendría recurrir a un proveedor que se ajuste mejor a lo que necesita: { $provider }.
call-referral = Recomendación
call-closeout = Cuestiones pendientes
# Antes de las frases del cierre; $count es cuántas son. Con una sola, se dice de
# corrido («Solo queda una cosa. Le devolveremos…»).
call-closeout-line = { PLURAL($count) ->
    [one] Solo queda una cosa.
    [many] Antes de terminar, algunas cuestiones prácticas.
   *[other] Antes de terminar, algunas cuestiones prácticas.
}
# El cierre dicho en voz alta, una frase por tipo de punto: importes sin céntimos
# nulos, fechas sin el año, sin «n.º» ni direcciones de correo. Una factura vencida
# se reclama. $status: overdue, due-today o due.
call-closeout-invoice = { $status ->
    [overdue] { $voice ->
        [we] La factura { $number }, de { $amount }, venció el { $due } y sigue sin pagarse{ $ask ->
            [no] .
           *[yes] ; le rogamos que la abone cuanto antes.
        }
       *[i] La factura { $number }, de { $amount }, venció el { $due } y sigue sin pagarse{ $ask ->
            [no] .
           *[yes] ; le ruego que la abone cuanto antes.
        }
    }
    [due-today] La factura { $number }, de { $amount }, vence hoy.
   *[due] La factura { $number }, de { $amount }, vence el { $due }.
}
call-closeout-invoice-undated = Queda pendiente la factura { $number }, de { $amount }.
# Tras dos o más facturas en una misma moneda, cuando el motivo es el pago.
call-closeout-owed = En total, son { $amount }.
# Tras dos o más facturas vencidas ($count), dichas sin petición: la petición, una vez.
call-closeout-pay-overdue = { $voice ->
    [we] Le rogamos que las abone cuanto antes.
   *[i] Le ruego que las abone cuanto antes.
}
# $items: los elementos de adieu en su forma hablada (`item-….spoken`, con
# artículo: «el informe final»), unidos como una enumeración («a, b y c») dentro
# de la frase, sin dos puntos; $agreement: su número, para la concordancia.
call-closeout-deliverables = { $voice ->
    [we] { $agreement ->
        [singular] Nos queda por entregarle { $items }.
       *[plural] Nos quedan por entregarle { $items }.
    }
   *[i] { $agreement ->
        [singular] Me queda por entregarle { $items }.
       *[plural] Me quedan por entregarle { $items }.
    }
}
call-closeout-handover = { $voice ->
    [we] { $agreement ->
        [singular] Nos queda por traspasarle { $items }.
       *[plural] Nos quedan por traspasarle { $items }.
    }
   *[i] { $agreement ->
        [singular] Me queda por traspasarle { $items }.
       *[plural] Me quedan por traspasarle { $items }.
    }
}
call-closeout-data = { $data ->
    [return] { $voice ->
        [we] Le devolveremos todos sus archivos y datos.
       *[i] Le devolveré todos sus archivos y datos.
    }
    [delete] { $voice ->
        [we] Cuando termine el traspaso, eliminaremos sus archivos y datos de forma segura.
       *[i] Cuando termine el traspaso, eliminaré sus archivos y datos de forma segura.
    }
   *[keep-as-required] { $voice ->
        [we] Conservaremos sus archivos y datos únicamente durante el tiempo que exija la ley.
       *[i] Conservaré sus archivos y datos únicamente durante el tiempo que exija la ley.
    }
}
call-closeout-refund = { $voice ->
    [we] Le devolveremos la parte del anticipo que no se ha utilizado: { $amount }.
   *[i] Le devolveré la parte del anticipo que no se ha utilizado: { $amount }.
}
# $agreement: el número de lo que dicen los elementos (uno solo, en singular o en
# plural, o varios), para la concordancia.
call-closeout-continuing = { $agreement ->
    [singular] Después de la fecha de finalización, seguirá vigente { $items }.
   *[plural] Después de la fecha de finalización, seguirán vigentes { $items }.
}
# Las introducciones de las tres frases anteriores cuando un elemento lo ha
# escrito el usuario (o lleva coma): el sustantivo de adieu lleva la concordancia
# y cada elemento va en su propia línea.
call-closeout-deliverables-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] Nos queda por entregarle un último trabajo:
        [many] Nos quedan por entregarle estos trabajos:
       *[other] Nos quedan por entregarle estos trabajos:
    }
   *[i] { PLURAL($count) ->
        [one] Me queda por entregarle un último trabajo:
        [many] Me quedan por entregarle estos trabajos:
       *[other] Me quedan por entregarle estos trabajos:
    }
}
call-closeout-handover-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] Nos queda por traspasarle un elemento:
        [many] Nos quedan por traspasarle estos elementos:
       *[other] Nos quedan por traspasarle estos elementos:
    }
   *[i] { PLURAL($count) ->
        [one] Me queda por traspasarle un elemento:
        [many] Me quedan por traspasarle estos elementos:
       *[other] Me quedan por traspasarle estos elementos:
    }
}
call-closeout-continuing-lead = { PLURAL($count) ->
    [one] Después de la fecha de finalización, seguirá vigente lo siguiente:
    [many] Después de la fecha de finalización, seguirán en vigor estos compromisos:
   *[other] Después de la fecha de finalización, seguirán en vigor estos compromisos:
}

## Objeciones: respuestas serenas que reiteran la decisión sin discutir

# «Si surgen objeciones» evita «el cliente», que remitiría a un género.
call-pushback = Si surgen objeciones
# Las objeciones van entre las comillas de la variante (locale.yaml: quotes).
call-pushback-why = { QUOTE("¿Por qué?") }
# $reason es la frase del motivo, repetida literalmente.
call-pushback-why-answer = { $transition ->
    [none] { $reason } La decisión está tomada y es definitiva.
   *[some] { $closeout ->
        [none] { $reason } La decisión está tomada. Lo importante ahora es que la transición se realice sin contratiempos para usted.
       *[some] { $reason } La decisión está tomada. Lo importante ahora es que el traspaso se realice sin contratiempos para usted.
    }
}
call-pushback-fix = { QUOTE("¿No hay forma de arreglarlo?") }
# El inglés usa siempre «I» en estas respuestas; en español, cuando se habla en nombre
# de una empresa, lo natural es el plural, de ahí las dos formas.
call-pushback-fix-answer = { $transition ->
    [none] { $voice ->
        [we] Lo entendemos, pero la decisión es definitiva.
       *[i] Lo entiendo, pero la decisión es definitiva.
    }
   *[some] { $voice ->
        [we] Lo entendemos, pero la decisión es definitiva. Lo que sí podemos hacer es facilitarle al máximo la transición.
       *[i] Lo entiendo, pero la decisión es definitiva. Lo que sí puedo hacer es facilitarle al máximo la transición.
    }
}
call-pushback-pay = { QUOTE("¿Y si pagamos más?") }
call-pushback-pay-answer = { $reason ->
    [payment] { $voice ->
        [we] Se lo agradecemos, pero la decisión ya está tomada.
       *[i] Se lo agradezco, pero la decisión ya está tomada.
    }
   *[capacity] { $voice ->
        [we] Se lo agradecemos, pero no es una cuestión de precio. La decisión es firme.
       *[i] Se lo agradezco, pero no es una cuestión de precio. La decisión es firme.
    }
}
# Las objeciones que no son preguntas van sin punto final: es un rótulo, y en español
# el punto iría fuera de las comillas.
call-pushback-invoice = { QUOTE("No vamos a pagar la última factura") }
# Sin afirmar que el trabajo se entregó «según lo acordado» (es lo que el cliente
# discute) ni que la factura «sigue pendiente» (puede no haber vencido); «la factura se
# mantiene» es un calco de «the invoice stands».
call-pushback-invoice-answer = { $voice ->
    [we] Entendemos lo que nos dice, pero la factura debe abonarse. Le enviaremos el desglose por escrito y le aclararemos, también por escrito, cualquier duda que tenga sobre ella.
   *[i] Entiendo lo que me dice, pero la factura debe abonarse. Le enviaré el desglose por escrito y le aclararé, también por escrito, cualquier duda que tenga sobre ella.
}
# «Lo que acordamos», no «el contrato»: puede no haberlo por escrito. Impersonal, para
# que valga tanto si el cliente trata de usted como de ustedes.
call-pushback-breach = { QUOTE("No se ha cumplido lo que acordamos") }
call-pushback-breach-answer = { $voice ->
    [we] Entendemos que lo vea así. Si cree que hay algo que no se ha cumplido, le pedimos que nos haga llegar los detalles por escrito y le contestaremos.
   *[i] Entiendo que lo vea así. Si cree que hay algo que no se ha cumplido, le pido que me haga llegar los detalles por escrito y le contestaré.
}
call-pushback-legal = { QUOTE("Vamos a emprender acciones legales") }
# Nunca «está en su derecho» (suena a desafío) ni «por esa vía» (se oye como «la vía
# judicial»): se nombra el canal, «por escrito», una sola vez. «Tomamos nota», no «lo
# entendemos», que ante una amenaza de demanda se oiría como darle la razón.
call-pushback-legal-answer = { $voice ->
    [we] Tomamos nota. Creemos que, a partir de ahora, lo mejor es que toda la comunicación sea por escrito. Hoy mismo le enviaremos la confirmación de todo lo hablado.
   *[i] Tomo nota. Creo que, a partir de ahora, lo mejor es que toda la comunicación sea por escrito. Hoy mismo le enviaré la confirmación de todo lo hablado.
}
call-pushback-favour = { QUOTE("¿Nos podría hacer un último favor?") } o { QUOTE("¿Y si seguimos colaborando, aunque sea de manera informal?") }
# $end is said as a spoken date, without the year. El rechazo vale para ahora y para
# después: el cliente pide el favor durante el preaviso.
call-pushback-favour-answer = { $kind ->
    [immediate] { $voice ->
        [we] Nuestra colaboración termina hoy, así que no podemos aceptar ningún encargo más, ni formal ni informalmente.
       *[i] Nuestra colaboración termina hoy, así que no puedo aceptar ningún encargo más, ni formal ni informalmente.
    }
   *[other] { $voice ->
        [we] Hasta el { $end } seguiremos cumpliendo con todo lo acordado. A partir de esa fecha no podremos asumir ningún encargo nuevo, ni siquiera de manera informal.
       *[i] Hasta el { $end } seguiré cumpliendo con todo lo acordado. A partir de esa fecha no podré asumir ningún encargo nuevo, ni siquiera de manera informal.
    }
}
call-pushback-upset = Enfado o malestar
call-pushback-upset-answer = { $transition ->
    [none] Comprendo que no es la noticia que esperaba, pero la decisión es definitiva.
   *[some] { $voice ->
        [we] Comprendemos que no es la noticia que esperaba. Nos aseguraremos de que disponga de todo lo necesario para la transición.
       *[i] Comprendo que no es la noticia que esperaba. Me aseguraré de que disponga de todo lo necesario para la transición.
    }
}
call-pushback-upset-hint = Mantenga la calma, no discuta ni añada más motivos. Si la conversación se vuelve hostil, despídase con cortesía y envíe la confirmación por escrito.

## Fin de la llamada y pasos siguientes

call-closing = Despedida
call-closing-line = { $tone ->
    [warm] { $voice ->
        [we] Gracias por su tiempo y por todo lo que hemos hecho juntos. Hoy mismo le confirmaremos todo esto por escrito.
       *[i] Gracias por su tiempo y por todo lo que hemos hecho juntos. Hoy mismo le confirmaré todo esto por escrito.
    }
   *[neutral] { $voice ->
        [we] Gracias por su tiempo. Hoy mismo le confirmaremos todo esto por escrito.
       *[i] Gracias por su tiempo. Hoy mismo le confirmaré todo esto por escrito.
    }
}
call-after = Justo después de la llamada
call-after-send = { $closeout ->
    [none] Envíe hoy mismo la confirmación por escrito con la fecha de finalización que ha comunicado ({ $end }).
   *[some] Envíe hoy mismo la confirmación por escrito con los mismos datos: la fecha de finalización ({ $end }) y las cuestiones pendientes.
}
call-after-note = Anote la fecha y la hora de la llamada, y todo lo que la otra parte haya dicho o aceptado.
call-after-calendar = { $transition ->
    [none] Anote la fecha de finalización en el expediente del cliente.
   *[some] { $closeout ->
        [none] Apunte en su agenda la fecha de finalización.
       *[some] Apunte en su agenda la fecha de finalización y todos los plazos pendientes.
    }
}
