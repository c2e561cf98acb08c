### adieu — español: el calendario de las fechas que hay que tener presentes (adieu
### calendar, adieu pack). Es del remitente, no del cliente: notas breves para uno
### mismo, en infinitivo.
###   $client   la empresa del cliente, o el nombre del contacto si no hay empresa
###   $date     la fecha de los documentos, escrita
###   $end      el último día, escrito

calendar-name = Fin de la colaboración con { $client }
calendar-confirm = Enviar confirmación por escrito a { $client }
calendar-confirm-note = Confirmar hoy el fin de la colaboración por carta o por correo electrónico.
calendar-invoice = Vencimiento de la factura { $number } ({ $client }): { $amount }
calendar-deliverable = Entrega a { $client }: { $item }
calendar-last-day = Último día de colaboración con { $client }
# $ending: `immediate` cuando el último día es la fecha de la comunicación, si no `later`.
calendar-context = { $ending ->
    [immediate] Fecha de la comunicación y último día de colaboración: { $date } (con efecto inmediato).
   *[later] Fecha de la comunicación: { $date }; último día de colaboración: { $end }.
}
