### adieu — español: el calendario de las fechas que hay que tener presentes (adieu
### calendar, adieu pack). Es del remitente, no del cliente: notas breves para uno
### mismo, en infinitivo.
###   $client   la empresa del cliente, o el nombre del contacto si no hay empresa
###   $date     la fecha de los documentos, escrita
###   $end      el último día, escrito

calendar-name = Fin de la colaboración con { $client }
calendar-confirm = Enviar a { $client } la notificación por escrito
calendar-confirm-note = Confirmar hoy la decisión por escrito, por carta o por correo electrónico.
calendar-invoice = Vencimiento de la factura { $number } ({ $client }): { $amount }
calendar-deliverable = Entregar a { $client }: { $item }
calendar-last-day = Último día de trabajo con { $client }
calendar-context = Terminación comunicada a { $client } el { $date }; último día: { $end }.
