### adieu — español: las preguntas de `adieu new --interactive`.
### For the user of adieu, not for the client: the language of the user's terminal
### (LANG), which may differ from the language of the documents. Short, plain
### questions, one at a time; a question ends with a colon or a question mark.

interview-intro = Unas preguntas sobre el cliente y sobre el fin de la colaboración; con sus respuestas se creará un archivo del caso que podrá editar más adelante.
# Shown under every question: how to answer.
interview-keys = Intro para confirmar, Ctrl+C para salir sin guardar
interview-keys-optional = Déjelo en blanco para omitir la pregunta; Intro para confirmar, Ctrl+C para salir
interview-keys-choice = ↑↓ para desplazarse, Intro para elegir, Ctrl+C para salir
interview-keys-lines = Un elemento por línea; una línea vacía termina la lista
interview-keys-many = ↑↓ para desplazarse, Espacio para marcar, Intro para terminar, Ctrl+C para salir
interview-yes = Sí
interview-no = No

## The documents

interview-language = ¿En qué idioma deben redactarse los documentos?

## You

interview-sender-name = Su nombre completo, tal como firma:
interview-sender-company = Su empresa (en blanco si trabaja a título personal):
interview-sender-role = Su cargo:
interview-sender-email = Su correo electrónico:
interview-sender-phone = Su número de teléfono:
interview-sender-address = Su dirección postal:
interview-sender-place = Localidad desde la que escribe:

## The client

interview-client-company = Empresa del cliente (en blanco si es un particular):
interview-contact-name = Nombre completo de la persona a la que escribe:
# $name: the contact's full name, as just typed.
interview-contact-gender = ¿Qué tratamiento debe darse a { $name } en los documentos?
interview-gender-female = Femenino («Estimada Sra. …»)
interview-gender-male = Masculino («Estimado Sr. …»)
interview-gender-unspecified = Neutro, sin presuponer el género
interview-client-email = Correo electrónico de { $name }:
interview-client-phone = Teléfono al que llamar:
interview-client-address = Dirección postal del cliente, para la carta:

## Why

interview-reason = ¿Por qué pone fin a la colaboración?
interview-reason-capacity = Capacidad: no puede dedicar al cliente la atención que necesita
interview-reason-fit = Adecuación: sus servicios ya no responden a lo que necesita el cliente
interview-reason-direction = Orientación: su actividad cambia de rumbo
interview-reason-outgrown = Crecimiento: el cliente necesita un equipo más grande o un especialista
interview-reason-payment = Pagos: retrasos reiterados o pagos en disputa
interview-reason-conduct = Conducta: trato abusivo o irrespetuoso
interview-reason-ethics = Ética: las prácticas del cliente suponen para usted un riesgo legal o de reputación
interview-tone = ¿Con qué tono?
interview-tone-warm = Cordial: una relación larga y en buenos términos
interview-tone-neutral = Neutro: cortés y sencillo
interview-tone-firm = Firme: formal y breve

## The contract and the notice

interview-contract = ¿Existe un contrato por escrito?
interview-contract-title = Título del contrato:
interview-contract-reference = Número de referencia del contrato:
interview-contract-signed = Fecha de firma (AAAA-MM-DD):
interview-contract-notice = Preaviso que exige el contrato, en días:
interview-notice = ¿Qué preaviso da al cliente?
interview-notice-days = Un número de días
interview-notice-until = Hasta una fecha concreta
interview-notice-immediate = Ninguno: la colaboración termina hoy
# $minimum: the contract's minimum notice in days, 0 when it gives none.
interview-notice-count = { $minimum ->
    [0] ¿Cuántos días de preaviso?
   *[other] ¿Cuántos días de preaviso? (el contrato exige al menos { $minimum })
}
interview-notice-last-day = Último día de trabajo (AAAA-MM-DD):
interview-notice-milestone = Última fase del trabajo que queda por completar:

## Who can help the client next

interview-referral = ¿Recomienda a alguien al cliente?
interview-referral-person = Sí, a una persona concreta
interview-referral-kind = Sí, un tipo de proveedor al que recurrir
interview-referral-none = No
interview-referral-name = Nombre de la persona recomendada:
interview-referral-company = Empresa de la persona recomendada:
interview-referral-contact = Datos de contacto (correo electrónico, teléfono o sitio web):
interview-referral-what = Tipo de proveedor que conviene buscar (por ejemplo, «una agencia de servicios integrales»):

## What remains to settle

interview-invoice = ¿Queda alguna factura pendiente de pago?
interview-invoice-another = ¿Otra factura?
interview-invoice-number = Número de factura:
interview-invoice-amount = Importe (por ejemplo, 1200,00):
interview-invoice-currency = Moneda (por ejemplo, EUR, GBP, USD):
interview-invoice-due = Fecha de vencimiento (AAAA-MM-DD):
interview-deliverable = ¿Queda trabajo por entregar?
interview-deliverable-another = ¿Otra entrega?
interview-deliverable-item = ¿Qué va a entregar?
interview-deliverable-by = Fecha de entrega (AAAA-MM-DD):
# The catalogue's items, to tick; adieu writes them in the client's language.
interview-handover = ¿Qué traspasa al cliente?
interview-data = ¿Qué ocurre con los archivos y los datos del cliente?
interview-data-return = Se devuelven íntegramente
interview-data-delete = Se eliminan una vez completado el traspaso
interview-data-keep-as-required = Se conservan solo durante el plazo que exige la ley
interview-data-none = No hay nada que indicar al respecto
interview-refund = ¿Devuelve al cliente algún anticipo o saldo a su favor?
interview-refund-amount = Importe que devuelve (por ejemplo, 420,00):
interview-refund-currency = Moneda:
interview-continuing = ¿Qué sigue vigente tras el fin de la colaboración?
interview-item-warranty = Garantía sobre los trabajos entregados (se le preguntará el número de días)
interview-item-warranty-days = ¿Cuántos días dura la garantía tras la fecha de finalización?
# After the ticked items: the user's own, in the language of the documents.
interview-other-items = Otros elementos, escritos en el idioma de los documentos:

## The file

interview-file = Guardar el caso como:
# $file: the path of an existing file.
interview-file-exists = { $file } ya existe. Elija otro nombre (adieu nunca sobrescribe un archivo).
# $file: the case file just written.
interview-wrote = Se ha guardado { $file }: puede editarlo cuando quiera y volver a generar los documentos.
# $dir: the folder the documents go into.
interview-render = ¿Crear ahora en { $dir } la carta, el borrador del correo electrónico, el guion de la llamada y el calendario?
# Under a question that needs an answer, when it was left empty.
interview-needed = Esta pregunta es obligatoria.
# This language's name in itself, in the list of languages of the documents.
language-name = Español
