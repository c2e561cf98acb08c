### adieu — slovenčina: otázky príkazu `adieu new --interactive`.
### For the user of adieu, not for the client: the language of the user's terminal
### (LANG), which may differ from the language of the documents. Short, plain
### questions, one at a time; a question ends with a colon or a question mark.

interview-intro = Niekoľko otázok o{"\u00A0"}klientovi a{"\u00A0"}o{"\u00A0"}ukončení spolupráce; z{"\u00A0"}odpovedí vznikne súbor prípadu, ktorý môžete neskôr upraviť.
# Shown under every question: how to answer.
interview-keys = Enter na potvrdenie, Ctrl-C na ukončenie bez uloženia
interview-keys-optional = Prázdna odpoveď otázku preskočí; Enter na potvrdenie, Ctrl-C na ukončenie
interview-keys-choice = ↑↓ na presun, Enter na výber, Ctrl-C na ukončenie
interview-keys-lines = Jedna položka na riadok; prázdny riadok zoznam ukončí
interview-keys-many = ↑↓ na presun, medzerník na označenie, Enter na potvrdenie výberu, Ctrl-C na ukončenie
interview-yes = Áno
interview-no = Nie

## The documents

interview-language = V{"\u00A0"}akom jazyku majú byť dokumenty pre klienta?

## You

interview-sender-name = Vaše meno a{"\u00A0"}priezvisko (tak, ako sa podpisujete):
interview-sender-company = Vaša firma (nechajte prázdne, ak podnikáte pod vlastným menom):
interview-sender-role = Vaša funkcia:
interview-sender-email = Vaša e-mailová adresa:
interview-sender-phone = Vaše telefónne číslo:
interview-sender-address = Vaša poštová adresa:
interview-sender-place = Miesto, odkiaľ píšete:

## The client

interview-client-company = Firma klienta (nechajte prázdne, ak ide o{"\u00A0"}súkromnú osobu):
interview-contact-name = Celé meno osoby, ktorej píšete:
# $name: the contact's full name, as just typed.
interview-contact-gender = Ako sa má v{"\u00A0"}dokumentoch oslovovať { $name }?
interview-gender-female = Ako žena („Vážená pani …“)
interview-gender-male = Ako muž („Vážený pán …“)
interview-gender-unspecified = Bez určenia pohlavia („Dobrý deň,“)
interview-client-email = E-mailová adresa kontaktnej osoby ({ $name }):
interview-client-phone = Telefónne číslo, na ktoré budete volať:
interview-client-address = Poštová adresa klienta (pre list):

## Why

interview-reason = Prečo spoluprácu ukončujete?
interview-reason-capacity = Kapacita: klientovi už nemôžete venovať potrebnú pozornosť
interview-reason-fit = Nesúlad: vaše služby už nezodpovedajú potrebám klienta
interview-reason-direction = Zameranie: vaše podnikanie sa uberá iným smerom
interview-reason-outgrown = Rast: klient potrebuje väčší tím alebo špecialistu
interview-reason-payment = Platby: opakovane oneskorené alebo sporné úhrady
interview-reason-conduct = Správanie: hrubé alebo neúctivé zaobchádzanie
interview-reason-ethics = Etika: praktiky klienta vás vystavujú právnemu riziku alebo ohrozujú vaše dobré meno
interview-tone = Aký tón zvoliť?
interview-tone-warm = Srdečný: dlhoročná spolupráca, ktorá sa končí v{"\u00A0"}dobrom
interview-tone-neutral = Neutrálny: zdvorilý a{"\u00A0"}vecný
interview-tone-firm = Dôrazný: formálny a{"\u00A0"}stručný

## The contract and the notice

interview-contract = Existuje písomná zmluva?
interview-contract-title = Názov zmluvy:
interview-contract-reference = Číslo zmluvy:
# The date masks are for reading only: the answer is still typed as 2026-12-31.
interview-contract-signed = Dátum podpisu (RRRR-MM-DD):
interview-contract-notice = Výpovedná lehota podľa zmluvy (v{"\u00A0"}dňoch):
interview-notice = Akú výpovednú lehotu dáte klientovi?
interview-notice-days = Určitý počet dní
interview-notice-until = Do určitého dátumu
interview-notice-immediate = Žiadnu: spolupráca sa končí dnes
# $minimum: the contract's minimum notice in days, 0 when it gives none. It arrives
# as text, so PLURAL($minimum) cannot choose "deň/dni/dní": the number stands after
# a colon, where it needs no noun.
interview-notice-count = { $minimum ->
    [0] Koľko dní má trvať výpovedná lehota?
   *[other] Koľko dní má trvať výpovedná lehota? (minimum podľa zmluvy: { $minimum })
}
interview-notice-last-day = Posledný deň spolupráce (RRRR-MM-DD):
interview-notice-milestone = Posledná etapa prác, ktorú dokončíte:

## Who can help the client next

interview-referral = Odporúčate klientovi niekoho?
interview-referral-person = Áno, konkrétnu osobu
interview-referral-kind = Áno, typ dodávateľa, ktorého si má klient nájsť
interview-referral-none = Nie
interview-referral-name = Meno odporúčanej osoby:
interview-referral-company = Firma odporúčanej osoby:
interview-referral-contact = Kontakt (e-mail, telefón alebo webová stránka):
interview-referral-what = Typ dodávateľa, ktorého si má klient nájsť (napr. „agentúra s{"\u00A0"}komplexnými službami“):

## What remains to settle

interview-invoice = Je ešte nejaká faktúra neuhradená?
interview-invoice-another = Ďalšia faktúra?
interview-invoice-number = Číslo faktúry:
interview-invoice-amount = Suma (napr. 1200,00):
interview-invoice-currency = Mena (napr. EUR, GBP, USD):
interview-invoice-due = Dátum splatnosti (RRRR-MM-DD):
# "Dodať/dodanie" for deliverables, "odovzdať/odovzdanie" for the handover, as in
# the documents.
interview-deliverable = Zostáva klientovi ešte niečo dodať?
interview-deliverable-another = Ďalšia položka na dodanie?
interview-deliverable-item = Čo dodáte:
interview-deliverable-by = Termín dodania (RRRR-MM-DD):
# The catalogue's items, to tick; adieu writes them in the client's language.
interview-handover = Čo klientovi odovzdáte?
interview-data = Čo sa stane so súbormi a{"\u00A0"}údajmi klienta?
interview-data-return = Vrátia sa v{"\u00A0"}plnom rozsahu
interview-data-delete = Po dokončení odovzdania sa vymažú
interview-data-keep-as-required = Uchovajú sa len tak dlho, ako to vyžaduje zákon
interview-data-none = Netreba o{"\u00A0"}nich nič uvádzať
interview-refund = Vraciate zálohu alebo vopred zaplatenú sumu?
interview-refund-amount = Suma, ktorú vrátite:
interview-refund-currency = Mena:
interview-continuing = Čo zostáva v{"\u00A0"}platnosti aj po skončení spolupráce?
interview-item-warranty = Záruka na dodané dielo (počet dní zadáte v{"\u00A0"}ďalšom kroku)
interview-item-warranty-days = Koľko dní po skončení spolupráce platí záruka?
# After the ticked items: the user's own, in the language of the documents.
interview-other-items = Ďalšie položky (napíšte ich v{"\u00A0"}jazyku dokumentov):

## The file

interview-file = Uložiť súbor prípadu ako:
# $file: the path of an existing file.
interview-file-exists = Súbor { $file } už existuje. Zvoľte iný názov (adieu existujúce súbory nikdy neprepisuje).
# $file: the case file just written.
interview-wrote = Súbor { $file } je uložený. Kedykoľvek ho môžete upraviť a{"\u00A0"}dokumenty potom vytvoriť znova.
# $dir: the folder the documents go into.
interview-render = Vytvoriť teraz v{"\u00A0"}priečinku { $dir } list, koncept e-mailu, scenár hovoru a{"\u00A0"}súbor pre kalendár (.ics)?
# Under a question that needs an answer, when it was left empty.
interview-needed = Na túto otázku treba odpovedať.
# This language's name in itself, in the list of languages of the documents.
language-name = Slovenčina
