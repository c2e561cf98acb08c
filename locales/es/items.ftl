### adieu — español: los elementos de cierre que adieu redacta en español, por su código en el
### case file (`handover: [domain-transfer, source-code]`). Each is a noun phrase that
### stands on its own, as a user would write the item: it follows labels such as
### "To be handed over:" or "Still in force after the end date:", alone or as one line
### of a list, and it begins with a capital letter (adieu writes it in lower case after
### a label on the same line). Sin artículo, como los demás elementos de la lista. Los que
### pueden entregarse van sin coma («Archivos definitivos en los formatos acordados»): la
### coma es la del plazo que añade closeout-deliverable-item («…, a más tardar el …»).

## Handed over (closeout.handover), and delivered (closeout.deliverables)

# Todavía pendiente: «que se transferirán», no «transferidos», que daría el traspaso por hecho.
item-domain-transfer = Nombres de dominio, que se transferirán a su nombre en el registrador que usted elija
    .number = plural
    .spoken = los nombres de dominio, que se transferirán a su nombre en el registrador que usted elija
item-hosting-access = Acceso al alojamiento web y a los servidores
    .number = singular
    .spoken = el acceso al alojamiento web y a los servidores
item-source-code = Código fuente con el historial completo de versiones
    .number = singular
    .spoken = el código fuente con el historial completo de versiones
item-design-files = Archivos fuente del diseño
    .number = plural
    .spoken = los archivos fuente del diseño
item-admin-credentials = Credenciales de administrador de las cuentas y sistemas gestionados en su nombre
    .number = plural
    .spoken = las credenciales de administrador de las cuentas y sistemas gestionados en su nombre
item-analytics-ownership = Titularidad de las cuentas de analítica web
    .number = singular
    .spoken = la titularidad de las cuentas de analítica web
item-social-accounts = Acceso a las cuentas de redes sociales
    .number = singular
    .spoken = el acceso a las cuentas de redes sociales
item-backups = Copia de seguridad completa de sus datos
    .number = singular
    .spoken = una copia de seguridad completa de sus datos
item-documentation = Documentación técnica
    .number = singular
    .spoken = la documentación técnica
item-final-files = Archivos definitivos en los formatos acordados
    .number = plural
    .spoken = los archivos definitivos en los formatos acordados
item-final-report = Informe final
    .number = singular
    .spoken = el informe final

## Still in force after the end date (closeout.continuing)

item-confidentiality = Obligaciones de confidencialidad
    .number = plural
    .spoken = las obligaciones de confidencialidad
# $days: how long the warranty runs after the end date.
# CLDR Spanish: [many] is the round millions ("1 000 000 de días"), as in notice-days.
item-warranty = { PLURAL($days) ->
    [one] Garantía de { $days }{"\u00A0"}día sobre los trabajos entregados
    [many] Garantía de { $days }{"\u00A0"}de días sobre los trabajos entregados
   *[other] Garantía de { $days }{"\u00A0"}días sobre los trabajos entregados
}
    .number = singular
    .spoken = { PLURAL($days) ->
        [one] la garantía de { $days }{"\u00A0"}día sobre los trabajos entregados
        [many] la garantía de { $days }{"\u00A0"}de días sobre los trabajos entregados
       *[other] la garantía de { $days }{"\u00A0"}días sobre los trabajos entregados
    }
item-data-protection = Obligaciones en materia de protección de datos
    .number = plural
    .spoken = las obligaciones en materia de protección de datos
item-non-solicitation = Obligaciones de no captación
    .number = plural
    .spoken = las obligaciones de no captación
