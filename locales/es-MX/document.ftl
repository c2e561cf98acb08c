### adieu — español (México): solo los mensajes que difieren de locales/es (España);
### el resto se toma de allí. Fechas y cantidades siguen la etiqueta es-MX.
### En México se habla de «aviso previo», no de «preaviso», que es un término
### propio del derecho laboral español.

## Preaviso y último día

notice-days = Con un aviso previo de { PLURAL($days) ->
    [one] { $days }{"\u00A0"}día
    [many] { $days }{"\u00A0"}de días
   *[other] { $days }{"\u00A0"}días
}, nuestra colaboración finalizará el { $end }.
