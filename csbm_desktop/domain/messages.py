"""Words for the core's codes (validation problems and errors) in the four OAS languages.

The core only emits codes and parameters; this table words them, so the command line, the GUI
and the exports say the same thing in the user's language. A test checks that every code the
core uses has all four languages and the same placeholders in each.
"""

from __future__ import annotations

import contextlib

from csbm_desktop.domain.form import FormSpec, Text
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.signature_messages import SIGNATURE_MESSAGES

T = Text

MESSAGES: dict[str, Text] = {
    # --- validation problems ---
    "required": T(
        "This field is required.",
        "Este campo es obligatorio.",
        "Ce champ est obligatoire.",
        "Este campo é obrigatório.",
    ),
    "too_long": T(
        "Too long: {length} characters, at most {max}.",
        "Demasiado largo: {length} caracteres, máximo {max}.",
        "Trop long : {length} caractères, {max} au plus.",
        "Demasiado longo: {length} caracteres, no máximo {max}.",
    ),
    "email.invalid": T(
        "This is not a valid e-mail address.",
        "No es una dirección de correo electrónico válida.",
        "Ce n'est pas une adresse électronique valide.",
        "Não é um endereço de correio eletrônico válido.",
    ),
    "state.unknown": T(
        "'{code}' is not an OAS member state.",
        "«{code}» no es un Estado miembro de la OEA.",
        "« {code} » n'est pas un État membre de l'OEA.",
        "«{code}» não é um Estado membro da OEA.",
    ),
    "country.unknown": T(
        "'{code}' is not an ISO 3166-1 country code.",
        "«{code}» no es un código de país ISO 3166-1.",
        "« {code} » n'est pas un code de pays ISO 3166-1.",
        "«{code}» não é um código de país ISO 3166-1.",
    ),
    "number.invalid": T(
        "'{value}' is not a whole number of zero or more.",
        "«{value}» no es un número entero igual o mayor que cero.",
        "« {value} » n'est pas un nombre entier positif ou nul.",
        "«{value}» não é um número inteiro igual ou maior que zero.",
    ),
    "notification.after_start": T(
        "The notification is dated after the exercise began.",
        "La notificación tiene fecha posterior al inicio del ejercicio.",
        "La notification est datée d'après le début de l'exercice.",
        "A notificação tem data posterior ao início do exercício.",
    ),
    # A state's participation in the OAS (forms/member-states.yaml), for the report or a partner.
    "participation.withdrawn": T(
        "{state} is no longer an OAS member (withdrawal effective {since}).",
        "{state} ya no es miembro de la OEA (retiro efectivo el {since}).",
        "{state} n'est plus membre de l'OEA (retrait effectif le {since}).",
        "{state} não é mais membro da OEA (retirada efetiva em {since}).",
    ),
    "participation.excluded": T(
        "{state} was excluded from participation in the OAS from {since}.",
        "{state} estaba excluido de la participación en la OEA desde el {since}.",
        "{state} était exclu de la participation à l'OEA depuis le {since}.",
        "{state} estava excluído da participação na OEA desde {since}.",
    ),
    "participation.not_participating": T(
        "{state} does not take part in the OAS (since {since}).",
        "{state} no participa en la OEA (desde el {since}).",
        "{state} ne participe pas à l'OEA (depuis le {since}).",
        "{state} não participa da OEA (desde {since}).",
    ),
    "period.end_before_start": T(
        "The reporting period ends before it starts.",
        "El período del informe termina antes de empezar.",
        "La période couverte se termine avant de commencer.",
        "O período do relatório termina antes de começar.",
    ),
    "characteristic.no_activity": T(
        "No activity is linked to this characteristic yet.",
        "Todavía ninguna actividad está vinculada a esta característica.",
        "Aucune activité n'est encore liée à cette caractéristique.",
        "Nenhuma atividade está vinculada a esta característica ainda.",
    ),
    "characteristic.unanswered": T(
        "No guiding question of this characteristic is answered (guidance, not required).",
        "No se respondió ninguna pregunta orientadora de esta característica (orientación, no "
        "obligatoria).",
        "Aucune question d'orientation de cette caractéristique n'a de réponse (orientation, "
        "non obligatoire).",
        "Nenhuma pergunta orientadora desta característica foi respondida (orientação, não "
        "obrigatória).",
    ),
    "measure.nothing_but_activities": T(
        "Marked “nothing to report” but has activities.",
        "Marcada «nada que informar» pero tiene actividades.",
        "Marquée « rien à signaler » mais comporte des activités.",
        "Marcada «nada a informar» mas tem atividades.",
    ),
    "measure.implemented_without_activity": T(
        "Marked as implemented but has no activity.",
        "Marcada como aplicada pero no tiene actividades.",
        "Marquée comme appliquée mais n'a aucune activité.",
        "Marcada como aplicada mas não tem atividades.",
    ),
    "measure.activities_but_not_implemented": T(
        "Has activities but is marked as not implemented or not applicable.",
        "Tiene actividades pero está marcada como no aplicada o no corresponde.",
        "A des activités mais est marquée non appliquée ou sans objet.",
        "Tem atividades mas está marcada como não aplicada ou não se aplica.",
    ),
    "measure.no_status": T(
        "Say whether it was implemented, or tick “nothing to report”.",
        "Indique si se aplicó o marque «nada que informar».",
        "Indiquez si elle a été appliquée ou cochez « rien à signaler ».",
        "Indique se foi aplicada ou marque «nada a informar».",
    ),
    # --- sensitive answers (domain/sensitive.py) ---
    "answer.withheld": T(
        "(Withheld from this public copy.)",
        "(Omitido en esta copia pública.)",
        "(Omis dans cette copie publique.)",
        "(Omitido nesta cópia pública.)",
    ),
    "answer.sensitive": T(
        "The answer to this question may name a state or a suspended commitment: have it cleared "
        "before the report leaves the ministry. A public export leaves it out unless you include "
        "it.",
        "La respuesta a esta pregunta puede mencionar a un Estado o un compromiso suspendido: "
        "obtenga la autorización correspondiente antes de que el informe salga del ministerio. "
        "Una exportación pública la omite, salvo que usted la incluya.",
        "La réponse à cette question peut nommer un État ou un engagement suspendu : faites-la "
        "valider avant que le rapport ne quitte le ministère. Une exportation publique l'omet, "
        "sauf si vous l'incluez.",
        "A resposta a esta pergunta pode mencionar um Estado ou um compromisso suspenso: obtenha "
        "a autorização correspondente antes que o relatório saia do ministério. Uma exportação "
        "pública a omite, a menos que você a inclua.",
    ),
    # --- report statuses: the one wording the GUI, the command line, the PDF and the workbook use
    "status.draft": T("Draft", "Borrador", "Brouillon", "Rascunho"),
    "status.in_review": T("In review", "En revisión", "En révision", "Em revisão"),
    "status.changes_requested": T(
        "Changes requested",
        "Cambios solicitados",
        "Modifications demandées",
        "Alterações solicitadas",
    ),
    "status.approved": T("Approved", "Aprobado", "Approuvé", "Aprovado"),
    "status.final": T("Final", "Final", "Définitif", "Final"),
    "status.transmitted": T("Transmitted", "Transmitido", "Transmis", "Transmitido"),
    # --- related deadlines (domain/period.py), shown as reminders beside the OAS one ---
    "deadline.oas": T(
        "OAS CSBM report (prior to 15 April)",
        "Informe MFCS a la OEA (antes del 15 de abril)",
        "Rapport MECS à l'OEA (avant le 15 avril)",
        "Relatório MFCS à OEA (antes de 15 de abril)",
    ),
    "deadline.un_milex": T(
        "UN report on military expenditures",
        "Informe a la ONU sobre gastos militares",
        "Rapport à l'ONU sur les dépenses militaires",
        "Relatório à ONU sobre gastos militares",
    ),
    "deadline.un_register": T(
        "UN Register of Conventional Arms",
        "Registro de Armas Convencionales de la ONU",
        "Registre des armes classiques de l'ONU",
        "Registro de Armas Convencionais da ONU",
    ),
    # --- where a measure comes from (see domain/provenance.py) ---
    "measure.form_number": T(
        "Form no.", "N.º del formulario", "N° du formulaire", "N.º do formulário"
    ),
    "measure.ref_2009": T(
        "2009 list item {number}",
        "punto {number} de la lista de 2009",
        "point {number} de la liste de 2009",
        "item {number} da lista de 2009",
    ),
    "measure.ref_online": T(
        "OAS online item {number}",
        "punto {number} del sistema en línea de la OEA",
        "point {number} du système en ligne de l'OEA",
        "item {number} do sistema on-line da OEA",
    ),
    "measure.official_numbers": T(
        "Official numbers (OAS)",
        "Números oficiales (OEA)",
        "Numéros officiels (OEA)",
        "Números oficiais (OEA)",
    ),
    "measure.provenance": T("Provenance", "Procedencia", "Provenance", "Procedência"),
    "measure.categories_note": T(
        "The categories are this form's own grouping; the OAS list has none.",
        "Las categorías son una agrupación propia de este formulario; la lista de la OEA no "
        "las tiene.",
        "Les catégories sont un regroupement propre à ce formulaire ; la liste de l'OEA n'en "
        "a pas.",
        "As categorias são um agrupamento próprio deste formulário; a lista da OEA não as tem.",
    ),
    "provenance.santiago_1995": T(
        "Declaration of Santiago (1995)",
        "Declaración de Santiago (1995)",
        "Déclaration de Santiago (1995)",
        "Declaração de Santiago (1995)",
    ),
    "provenance.san_salvador_1998": T(
        "Declaration of San Salvador (1998)",
        "Declaración de San Salvador (1998)",
        "Déclaration de San Salvador (1998)",
        "Declaração de San Salvador (1998)",
    ),
    "provenance.miami_2003": T(
        "Consensus of Miami (2003)",
        "Consenso de Miami (2003)",
        "Consensus de Miami (2003)",
        "Consenso de Miami (2003)",
    ),
    "provenance.form": T(
        "Added by this form (not in the OAS list)",
        "Añadida por este formulario (no figura en la lista de la OEA)",
        "Ajoutée par ce formulaire (absente de la liste de l'OEA)",
        "Acrescentada por este formulário (não consta da lista da OEA)",
    ),
    "provenance.not_numbered": T(
        "no number in the OAS list",
        "sin número en la lista de la OEA",
        "sans numéro dans la liste de l'OEA",
        "sem número na lista da OEA",
    ),
    "measure.unknown": T(
        "'{measure}' is not a measure of this form.",
        "«{measure}» no es una medida de este formulario.",
        "« {measure} » n'est pas une mesure de ce formulaire.",
        "«{measure}» não é uma medida deste formulário.",
    ),
    "activity.no_characteristic": T(
        "No characteristic is ticked: tick those this activity contributes to (guidance).",
        "No se marcó ninguna característica: marque aquellas a las que contribuye esta "
        "actividad (orientación).",
        "Aucune caractéristique n'est cochée : cochez celles auxquelles cette activité "
        "contribue (orientation).",
        "Nenhuma característica foi marcada: marque aquelas para as quais esta atividade "
        "contribui (orientação).",
    ),
    "date.end_before_start": T(
        "The end date is before the start date.",
        "La fecha de finalización es anterior a la de inicio.",
        "La date de fin précède la date de début.",
        "A data de término é anterior à de início.",
    ),
    "date.outside_period": T(
        "{date} is outside the reporting period.",
        "{date} está fuera del período del informe.",
        "{date} est en dehors de la période couverte.",
        "{date} está fora do período do relatório.",
    ),
    "partner.self": T(
        "The reporting state is listed as its own partner.",
        "El Estado informante figura como su propio socio.",
        "L'État déclarant figure parmi ses propres partenaires.",
        "O Estado informante figura como seu próprio parceiro.",
    ),
    # --- errors ---
    "value.invalid": T(
        "Invalid value for {path}: {reason}.",
        "Valor no válido para {path}: {reason}.",
        "Valeur non valide pour {path} : {reason}.",
        "Valor inválido para {path}: {reason}.",
    ),
    "value.too_long": T(
        "{path} is too long: {length} characters, and the form allows at most {max}.",
        "{path} es demasiado largo: {length} caracteres, y el formulario admite {max} como máximo.",
        "{path} est trop long : {length} caractères, et le formulaire en admet {max} au plus.",
        "{path} é longo demais: {length} caracteres, e o formulário admite no máximo {max}.",
    ),
    "note.too_long": T(
        "The note on measure {measure} is too long: {length} characters, at most {max}.",
        "La nota de la medida {measure} es demasiado larga: {length} caracteres, máximo {max}.",
        "La note de la mesure {measure} est trop longue : {length} caractères, {max} au plus.",
        "A nota da medida {measure} é longa demais: {length} caracteres, no máximo {max}.",
    ),
    "field.unknown": T(
        "The form has no field '{field}'.",
        "El formulario no tiene el campo «{field}».",
        "Le formulaire n'a pas de champ « {field} ».",
        "O formulário não tem o campo «{field}».",
    ),
    "field.system": T(
        "'{field}' is set by the application and cannot be edited.",
        "«{field}» lo fija la aplicación y no se puede editar.",
        "« {field} » est fixé par l'application et ne peut être modifié.",
        "«{field}» é definido pela aplicação e não pode ser editado.",
    ),
    "year.invalid": T(
        "{year} is not a reporting year this application accepts (1995 to {max}).",
        "{year} no es un año de informe aceptado (de 1995 a {max}).",
        "{year} n'est pas une année de rapport acceptée (de 1995 à {max}).",
        "{year} não é um ano de relatório aceito (de 1995 a {max}).",
    ),
    "report.not_found": T(
        "There is no report {id}.",
        "No existe el informe {id}.",
        "Il n'y a pas de rapport {id}.",
        "Não existe o relatório {id}.",
    ),
    "report.not_editable": T(
        "Report {id} is {status} and cannot be edited.",
        "El informe {id} está en estado «{status}» y no se puede editar.",
        "Le rapport {id} est à l'état « {status} » et ne peut être modifié.",
        "O relatório {id} está no estado «{status}» e não pode ser editado.",
    ),
    "report.not_deletable": T(
        "Only drafts can be deleted; report {id} is {status}.",
        "Solo se pueden eliminar borradores; el informe {id} está en estado «{status}».",
        "Seuls les brouillons peuvent être supprimés ; le rapport {id} est à l'état « {status} ».",
        "Só rascunhos podem ser eliminados; o relatório {id} está no estado «{status}».",
    ),
    "activity.not_found": T(
        "There is no activity {uid} in this report.",
        "No existe la actividad {uid} en este informe.",
        "Il n'y a pas d'activité {uid} dans ce rapport.",
        "Não existe a atividade {uid} neste relatório.",
    ),
    "activity.exists": T(
        "An activity {uid} already exists.",
        "Ya existe una actividad {uid}.",
        "Une activité {uid} existe déjà.",
        "Já existe uma atividade {uid}.",
    ),
    "attachment.too_large": T(
        "The file '{filename}' is {size} MB; attachments may be at most {max} MB.",
        "El archivo «{filename}» ocupa {size} MB; los anexos pueden ocupar {max} MB como máximo.",
        "Le fichier « {filename} » fait {size} Mo ; les pièces jointes font au plus {max} Mo.",
        "O arquivo «{filename}» tem {size} MB; os anexos podem ter no máximo {max} MB.",
    ),
    "attachment.not_found": T(
        "There is no attachment {uid}.",
        "No existe el anexo {uid}.",
        "Il n'y a pas de pièce jointe {uid}.",
        "Não existe o anexo {uid}.",
    ),
    "revision.not_found": T(
        "Report {id} has no revision {number}.",
        "El informe {id} no tiene la revisión {number}.",
        "Le rapport {id} n'a pas de révision {number}.",
        "O relatório {id} não tem a revisão {number}.",
    ),
    "revision.misfit": T(
        "Revision {number} does not fit its form and was refused: {problem}",
        "La revisión {number} no se ajusta a su formulario y se rechazó: {problem}",
        "La révision {number} ne correspond pas à son formulaire et a été refusée : {problem}",
        "A revisão {number} não corresponde ao seu formulário e foi recusada: {problem}",
    ),
    "form.unknown_version": T(
        "Form {form} version {version} is not installed in this application.",
        "El formulario {form} versión {version} no está instalado en esta aplicación.",
        "Le formulaire {form} version {version} n'est pas installé dans cette application.",
        "O formulário {form} versão {version} não está instalado nesta aplicação.",
    ),
    "form.refused": T(
        "{file} was not installed: {count} problem(s), listed below. Nothing was changed.",
        "{file} no se instaló: {count} problema(s), detallados a continuación. No se cambió nada.",
        "{file} n'a pas été installé : {count} problème(s), détaillés ci-dessous. Rien n'a "
        "été modifié.",
        "{file} não foi instalado: {count} problema(s), listados abaixo. Nada foi alterado.",
    ),
    "import.malformed": T(
        "The file is not a valid report: {detail}",
        "El archivo no es un informe válido: {detail}",
        "Le fichier n'est pas un rapport valide : {detail}",
        "O arquivo não é um relatório válido: {detail}",
    ),
    "import.duplicate": T(
        "This report ({uid}) is already in the database as report {id}.",
        "Este informe ({uid}) ya está en la base de datos como informe {id}.",
        "Ce rapport ({uid}) est déjà dans la base de données (rapport {id}).",
        "Este relatório ({uid}) já está na base de dados como relatório {id}.",
    ),
    "import.hash_mismatch": T(
        "The attachment '{filename}' does not match its SHA-256; the file is damaged.",
        "El anexo «{filename}» no coincide con su SHA-256; el archivo está dañado.",
        "La pièce jointe « {filename} » ne correspond pas à son SHA-256 ; le fichier est "
        "endommagé.",
        "O anexo «{filename}» não corresponde ao seu SHA-256; o arquivo está danificado.",
    ),
    "file.unreadable": T(
        "Cannot read {path}: {reason}",
        "No se puede leer {path}: {reason}",
        "Impossible de lire {path} : {reason}",
        "Não é possível ler {path}: {reason}",
    ),
    "file.unwritable": T(
        "Cannot write {path}: {reason}",
        "No se puede escribir {path}: {reason}",
        "Impossible d'écrire {path} : {reason}",
        "Não é possível gravar {path}: {reason}",
    ),
    "file.folder": T(
        "{path} is a folder, not a file.",
        "{path} es una carpeta, no un archivo.",
        "{path} est un dossier, pas un fichier.",
        "{path} é uma pasta, não um arquivo.",
    ),
    "file.special": T(
        "{path} is not an ordinary file (a pipe, device or socket) and cannot be read.",
        "{path} no es un archivo común (tubería, dispositivo o socket) y no se puede leer.",
        "{path} n'est pas un fichier ordinaire (tube, périphérique, socket) : illisible.",
        "{path} não é um arquivo comum (pipe, dispositivo ou socket) e não pode ser lido.",
    ),
    "file.too_large": T(
        "{path} is {size} MB; at most {max} MB can be read here.",
        "{path} ocupa {size} MB; aquí se pueden leer {max} MB como máximo.",
        "{path} fait {size} Mo ; {max} Mo au plus peuvent être lus ici.",
        "{path} tem {size} MB; aqui podem ser lidos no máximo {max} MB.",
    ),
    # --- zip files from removable media (bundles, packages, workbooks) ---
    "archive.unreadable": T(
        "{file} is not a readable zip file ({reason}).",
        "{file} no es un archivo zip legible ({reason}).",
        "{file} n'est pas un fichier zip lisible ({reason}).",
        "{file} não é um arquivo zip legível ({reason}).",
    ),
    "archive.too_many": T(
        "{file} holds {count} files, far more than it should; it was not opened.",
        "{file} contiene {count} archivos, muchos más de lo normal; no se abrió.",
        "{file} contient {count} fichiers, bien plus que prévu ; il n'a pas été ouvert.",
        "{file} contém {count} arquivos, muito mais do que o normal; não foi aberto.",
    ),
    "archive.unsafe_name": T(
        "{file} contains an entry with an unsafe name ({name}); it was not opened.",
        "{file} contiene una entrada con un nombre peligroso ({name}); no se abrió.",
        "{file} contient une entrée au nom dangereux ({name}) ; il n'a pas été ouvert.",
        "{file} contém uma entrada com um nome perigoso ({name}); não foi aberto.",
    ),
    "archive.duplicate": T(
        "{file} contains the entry {name} twice; it was not opened.",
        "{file} contiene dos veces la entrada {name}; no se abrió.",
        "{file} contient deux fois l'entrée {name} ; il n'a pas été ouvert.",
        "{file} contém duas vezes a entrada {name}; não foi aberto.",
    ),
    "archive.encrypted": T(
        "{file} contains an encrypted entry ({name}), which is not supported.",
        "{file} contiene una entrada cifrada ({name}), lo que no se admite.",
        "{file} contient une entrée chiffrée ({name}), ce qui n'est pas pris en charge.",
        "{file} contém uma entrada cifrada ({name}), o que não é suportado.",
    ),
    "archive.too_large": T(
        "{file}: the entry {name} is too large once unpacked; it was not opened.",
        "{file}: la entrada {name} es demasiado grande una vez descomprimida; no se abrió.",
        "{file} : l'entrée {name} est trop grande une fois décompressée ; elle n'a pas été "
        "ouverte.",
        "{file}: a entrada {name} é grande demais depois de descompactada; não foi aberta.",
    ),
    "archive.missing": T(
        "{file} lacks the entry {name}.",
        "A {file} le falta la entrada {name}.",
        "Il manque l'entrée {name} dans {file}.",
        "Falta a entrada {name} em {file}.",
    ),
    # --- review bundles ---
    "bundle.not_bundle": T(
        "{file} is not a CSBM review bundle: {detail}.",
        "{file} no es un paquete de revisión MFCS: {detail}.",
        "{file} n'est pas un paquet de révision MECS : {detail}.",
        "{file} não é um pacote de revisão MFCS: {detail}.",
    ),
    "bundle.tampered": T(
        "{file} was altered after it was made ({detail}); nothing was imported.",
        "{file} fue alterado después de crearse ({detail}); no se importó nada.",
        "{file} a été modifié après sa création ({detail}) ; rien n'a été importé.",
        "{file} foi alterado depois de criado ({detail}); nada foi importado.",
    ),
    "bundle.bad_signature": T(
        "The signature of {file} is not valid ({detail}); nothing was imported.",
        "La firma de {file} no es válida ({detail}); no se importó nada.",
        "La signature de {file} n'est pas valide ({detail}) ; rien n'a été importé.",
        "A assinatura de {file} não é válida ({detail}); nada foi importado.",
    ),
    "bundle.untrusted": T(
        "{file} is signed by {signer}, whose certificate is not from a trusted authority; "
        "nothing was imported.",
        "{file} está firmado por {signer}, cuyo certificado no proviene de una autoridad de "
        "confianza; no se importó nada.",
        "{file} est signé par {signer}, dont le certificat ne vient pas d'une autorité de "
        "confiance ; rien n'a été importé.",
        "{file} está assinado por {signer}, cujo certificado não vem de uma autoridade "
        "confiável; nada foi importado.",
    ),
    "bundle.unsigned": T(
        "{file} is not signed, and only signed bundles are accepted here (a trusted authority "
        "was given, or the installation requires signatures); nothing was imported.",
        "{file} no está firmado, y aquí solo se aceptan paquetes firmados (se indicó una "
        "autoridad de confianza o la instalación exige firmas); no se importó nada.",
        "{file} n'est pas signé, et seuls les paquets signés sont acceptés ici (une autorité "
        "de confiance a été indiquée ou l'installation exige des signatures) ; rien n'a été "
        "importé.",
        "{file} não está assinado, e aqui só se aceitam pacotes assinados (foi indicada uma "
        "autoridade confiável ou a instalação exige assinaturas); nada foi importado.",
    ),
    "bundle.other_report": T(
        "{file} holds comments on the report of {state} for {year}, which is not in this "
        "database; nothing was imported.",
        "{file} contiene comentarios sobre el informe de {state} para {year}, que no está en "
        "esta base de datos; no se importó nada.",
        "{file} contient des commentaires sur le rapport de {state} pour {year}, qui n'est pas "
        "dans cette base de données ; rien n'a été importé.",
        "{file} contém comentários sobre o relatório de {state} para {year}, que não está "
        "nesta base de dados; nada foi importado.",
    ),
    "bundle.diverged": T(
        "{file} comes from a different history of this report (revision {revision} differs "
        "or is unknown here); nothing was imported.",
        "{file} proviene de otra historia de este informe (la revisión {revision} difiere o "
        "no existe aquí); no se importó nada.",
        "{file} provient d'un autre historique de ce rapport (la révision {revision} diffère "
        "ou est inconnue ici) ; rien n'a été importé.",
        "{file} vem de outro histórico deste relatório (a revisão {revision} difere ou não "
        "existe aqui); nada foi importado.",
    ),
    "bundle.encrypted": T(
        "{file} is encrypted to its recipients: give your key (a PKCS#12 file and its "
        "passphrase) to open it; nothing was imported.",
        "{file} está cifrado para sus destinatarios: indique su clave (un archivo PKCS#12 y su "
        "frase de contraseña) para abrirlo; no se importó nada.",
        "{file} est chiffré pour ses destinataires : indiquez votre clé (un fichier PKCS#12 et "
        "sa phrase de passe) pour l'ouvrir ; rien n'a été importé.",
        "{file} está cifrado para seus destinatários: informe sua chave (um arquivo PKCS#12 e "
        "sua frase secreta) para abri-lo; nada foi importado.",
    ),
    "bundle.restricted_unencrypted": T(
        "The report is restricted: encrypt the bundle to its recipients' certificates, or give "
        "the reason for sending it unencrypted (it is recorded in the audit trail).",
        "El informe es reservado: cifre el paquete para los certificados de sus destinatarios, "
        "o indique el motivo para enviarlo sin cifrar (queda registrado en la auditoría).",
        "Le rapport est en diffusion restreinte : chiffrez le paquet pour les certificats de "
        "ses destinataires, ou donnez la raison de l'envoyer en clair (elle est consignée dans "
        "le journal d'audit).",
        "O relatório é reservado: cifre o pacote para os certificados de seus destinatários, "
        "ou informe o motivo para enviá-lo sem cifrar (ele fica registrado na auditoria).",
    ),
    "envelope.not_recipient": T(
        "{file} is encrypted for the certificates {recipients} (issuer, serial number); your "
        "key ({me}) is not among its recipients.",
        "{file} está cifrado para los certificados {recipients} (emisor, número de serie); su "
        "clave ({me}) no está entre sus destinatarios.",
        "{file} est chiffré pour les certificats {recipients} (émetteur, numéro de série) ; "
        "votre clé ({me}) n'est pas parmi ses destinataires.",
        "{file} está cifrado para os certificados {recipients} (emissor, número de série); sua "
        "chave ({me}) não está entre seus destinatários.",
    ),
    "envelope.damaged": T(
        "The encrypted file {file} is damaged or was altered ({detail}); nothing was imported.",
        "El archivo cifrado {file} está dañado o fue alterado ({detail}); no se importó nada.",
        "Le fichier chiffré {file} est endommagé ou a été modifié ({detail}) ; rien n'a été "
        "importé.",
        "O arquivo cifrado {file} está danificado ou foi alterado ({detail}); nada foi importado.",
    ),
    "envelope.too_large": T(
        "The encrypted file {file} is too large to be a bundle; nothing was imported.",
        "El archivo cifrado {file} es demasiado grande para ser un paquete; no se importó nada.",
        "Le fichier chiffré {file} est trop volumineux pour être un paquet ; rien n'a été importé.",
        "O arquivo cifrado {file} é grande demais para ser um pacote; nada foi importado.",
    ),
    "envelope.bad_certificate": T(
        "{file} is not an X.509 certificate (PEM or DER) with an RSA or EC key.",
        "{file} no es un certificado X.509 (PEM o DER) con una clave RSA o EC.",
        "{file} n'est pas un certificat X.509 (PEM ou DER) à clé RSA ou EC.",
        "{file} não é um certificado X.509 (PEM ou DER) com chave RSA ou EC.",
    ),
    "store.not_sqlite": T(
        "{path} is not a CSBM Desktop database (not an SQLite file); it was left untouched.",
        "{path} no es una base de datos de CSBM Desktop (no es un archivo SQLite); no se ha "
        "modificado.",
        "{path} n'est pas une base de données CSBM Desktop (pas un fichier SQLite) ; il n'a pas "
        "été modifié.",
        "{path} não é uma base de dados do CSBM Desktop (não é um arquivo SQLite); não foi "
        "alterado.",
    ),
    "store.damaged": T(
        "The database {path} is damaged: SQLite cannot read all of it. Restore it from a backup "
        "(csbm restore, or File › Restore from backup…); the file was left untouched.",
        "La base de datos {path} está dañada: SQLite no puede leerla entera. Restáurela desde "
        "una copia de seguridad (csbm restore, o Archivo › Restaurar desde una copia…); el "
        "archivo no se ha modificado.",
        "La base de données {path} est endommagée : SQLite ne peut pas la lire entièrement. "
        "Restaurez-la depuis une sauvegarde (csbm restore, ou Fichier › Restaurer depuis une "
        "sauvegarde…) ; le fichier n'a pas été modifié.",
        "A base de dados {path} está danificada: o SQLite não consegue lê-la inteira. "
        "Restaure-a a partir de uma cópia de segurança (csbm restore, ou Arquivo › Restaurar a "
        "partir de uma cópia…); o arquivo não foi alterado.",
    ),
    "store.needs_upgrade": T(
        "{path} uses an older schema ({revision}) and is only being read: open it once with "
        "the application to upgrade it, then check it again.",
        "{path} usa un esquema anterior ({revision}) y solo se está leyendo: ábralo una vez con "
        "la aplicación para actualizarlo y vuelva a verificarlo.",
        "{path} utilise un schéma antérieur ({revision}) et n'est que lu : ouvrez-le une fois "
        "avec l'application pour le mettre à niveau, puis vérifiez-le à nouveau.",
        "{path} usa um esquema anterior ({revision}) e está apenas sendo lido: abra-o uma vez "
        "com o aplicativo para atualizá-lo e verifique-o novamente.",
    ),
    "store.too_new": T(
        "{path} was written by a newer version of CSBM Desktop (schema {revision}); "
        "install that version to open it. The file was left untouched.",
        "{path} fue escrito por una versión más reciente de CSBM Desktop (esquema {revision}); "
        "instale esa versión para abrirlo. El archivo no se ha modificado.",
        "{path} a été écrit par une version plus récente de CSBM Desktop (schéma {revision}) ; "
        "installez cette version pour l'ouvrir. Le fichier n'a pas été modifié.",
        "{path} foi gravado por uma versão mais recente do CSBM Desktop (esquema {revision}); "
        "instale essa versão para abri-lo. O arquivo não foi alterado.",
    ),
    "store.failed": T(
        "The database {path} could not be used: {reason}",
        "No se pudo usar la base de datos {path}: {reason}",
        "La base de données {path} n'a pas pu être utilisée : {reason}",
        "Não foi possível usar a base de dados {path}: {reason}",
    ),
    "store.full": T(
        "The disk holding {path} is full; nothing was saved. Free some space and save again.",
        "El disco de {path} está lleno; no se guardó nada. Libere espacio y vuelva a guardar.",
        "Le disque contenant {path} est plein ; rien n'a été enregistré. Libérez de "
        "l'espace et enregistrez à nouveau.",
        "O disco de {path} está cheio; nada foi gravado. Libere espaço e grave novamente.",
    ),
    "store.busy": T(
        "The database {path} is in use by another program; try again.",
        "La base de datos {path} está en uso por otro programa; inténtelo de nuevo.",
        "La base de données {path} est utilisée par un autre programme ; réessayez.",
        "A base de dados {path} está em uso por outro programa; tente novamente.",
    ),
    # --- csbm check: what was changed outside the application ---
    "check.report_content": T(
        "Report {report}: the working copy differs from its last audited state (changed "
        "outside the application: {rows}).",
        "Informe {report}: la copia de trabajo difiere de su último estado auditado "
        "(modificada fuera de la aplicación: {rows}).",
        "Rapport {report} : la copie de travail diffère de son dernier état audité (modifiée "
        "hors de l'application : {rows}).",
        "Relatório {report}: a cópia de trabalho difere do seu último estado auditado "
        "(alterada fora do aplicativo: {rows}).",
    ),
    "check.report_status": T(
        "Report {report}: its status “{status}” has no audit event (the audit trail says "
        "“{recorded}”).",
        "Informe {report}: su estado «{status}» no tiene evento de auditoría (el registro de "
        "auditoría dice «{recorded}»).",
        "Rapport {report} : son statut « {status} » n'a pas d'événement d'audit (la piste "
        "d'audit indique « {recorded} »).",
        "Relatório {report}: o seu estado «{status}» não tem evento de auditoria (a trilha de "
        "auditoria diz «{recorded}»).",
    ),
    "check.report_unrecorded": T(
        "Report {report}: no audit event records this report (added outside the application).",
        "Informe {report}: ningún evento de auditoría registra este informe (añadido fuera de "
        "la aplicación).",
        "Rapport {report} : aucun événement d'audit n'enregistre ce rapport (ajouté hors de "
        "l'application).",
        "Relatório {report}: nenhum evento de auditoria registra este relatório (adicionado "
        "fora do aplicativo).",
    ),
    "check.report_missing": T(
        "Report {report} was removed outside the application (the audit trail records it and "
        "no deletion).",
        "El informe {report} se eliminó fuera de la aplicación (el registro de auditoría lo "
        "registra y ninguna eliminación).",
        "Le rapport {report} a été supprimé hors de l'application (la piste d'audit l'enregistre "
        "et aucune suppression).",
        "O relatório {report} foi removido fora do aplicativo (a trilha de auditoria o registra "
        "e nenhuma exclusão).",
    ),
    "check.user_roles": T(
        "Account {user}: the roles {roles} have no audit event (the audit trail says {recorded}).",
        "Cuenta {user}: los roles {roles} no tienen evento de auditoría (el registro de "
        "auditoría dice {recorded}).",
        "Compte {user} : les rôles {roles} n'ont pas d'événement d'audit (la piste d'audit "
        "indique {recorded}).",
        "Conta {user}: os papéis {roles} não têm evento de auditoria (a trilha de auditoria "
        "diz {recorded}).",
    ),
    "check.user_disabled": T(
        "Account {user} was enabled or disabled outside the application.",
        "La cuenta {user} se habilitó o deshabilitó fuera de la aplicación.",
        "Le compte {user} a été activé ou désactivé hors de l'application.",
        "A conta {user} foi ativada ou desativada fora do aplicativo.",
    ),
    "check.user_password": T(
        "Account {user}: the password was changed outside the application.",
        "Cuenta {user}: la contraseña se cambió fuera de la aplicación.",
        "Compte {user} : le mot de passe a été changé hors de l'application.",
        "Conta {user}: a senha foi alterada fora do aplicativo.",
    ),
    "check.user_unrecorded": T(
        "Account {user}: no audit event records this account (added outside the application).",
        "Cuenta {user}: ningún evento de auditoría registra esta cuenta (añadida fuera de la "
        "aplicación).",
        "Compte {user} : aucun événement d'audit n'enregistre ce compte (ajouté hors de "
        "l'application).",
        "Conta {user}: nenhum evento de auditoria registra esta conta (adicionada fora do "
        "aplicativo).",
    ),
    "check.attachment_content": T(
        "An attachment's content no longer matches its SHA-256 {sha256} (changed outside the "
        "application).",
        "El contenido de un adjunto ya no coincide con su SHA-256 {sha256} (modificado fuera "
        "de la aplicación).",
        "Le contenu d'une pièce jointe ne correspond plus à son SHA-256 {sha256} (modifié hors "
        "de l'application).",
        "O conteúdo de um anexo não corresponde mais ao seu SHA-256 {sha256} (alterado fora do "
        "aplicativo).",
    ),
    "check.not_recorded": T(
        "Note: {reports} reports and {users} accounts were last changed by an older version, "
        "which recorded no states; they are checked from their next change on.",
        "Nota: {reports} informes y {users} cuentas se modificaron por última vez con una "
        "versión anterior, que no registraba estados; se verifican a partir de su próximo "
        "cambio.",
        "Remarque : {reports} rapports et {users} comptes ont été modifiés pour la dernière "
        "fois par une version antérieure, qui n'enregistrait pas les états ; ils sont vérifiés "
        "à partir de leur prochaine modification.",
        "Observação: {reports} relatórios e {users} contas foram alterados pela última vez por "
        "uma versão anterior, que não registrava estados; são verificados a partir da próxima "
        "alteração.",
    ),
    "check.schema_unknown": T(
        "The database holds an object the application does not create: {type} “{name}” "
        "(added outside the application).",
        "La base de datos contiene un objeto que la aplicación no crea: {type} «{name}» "
        "(añadido fuera de la aplicación).",
        "La base de données contient un objet que l'application ne crée pas : {type} "
        "« {name} » (ajouté hors de l'application).",
        "A base de dados contém um objeto que o aplicativo não cria: {type} «{name}» "
        "(adicionado fora do aplicativo).",
    ),
    "check.schema_missing": T(
        "The database lacks an object the application creates: {type} “{name}” (removed "
        "outside the application).",
        "A la base de datos le falta un objeto que la aplicación crea: {type} «{name}» "
        "(eliminado fuera de la aplicación).",
        "Il manque à la base de données un objet que l'application crée : {type} « {name} » "
        "(supprimé hors de l'application).",
        "Falta à base de dados um objeto que o aplicativo cria: {type} «{name}» (removido "
        "fora do aplicativo).",
    ),
    "check.schema_changed": T(
        "An object of the database differs from the one the application creates: {type} "
        "“{name}” (changed outside the application).",
        "Un objeto de la base de datos difiere del que crea la aplicación: {type} «{name}» "
        "(modificado fuera de la aplicación).",
        "Un objet de la base de données diffère de celui que crée l'application : {type} "
        "« {name} » (modifié hors de l'application).",
        "Um objeto da base de dados difere do que o aplicativo cria: {type} «{name}» "
        "(alterado fora do aplicativo).",
    ),
    "check.anchor_cut": T(
        "The audit trail ends at event {events}, but this installation sealed it at event "
        "{sealed} on {sealed_at}: its last events were removed, or an older copy of the database "
        "was put in its place without a restore.",
        "El registro de auditoría termina en el evento {events}, pero esta instalación lo selló "
        "en el evento {sealed} el {sealed_at}: se eliminaron sus últimos eventos, o se puso en "
        "su lugar una copia anterior de la base de datos sin una restauración.",
        "La piste d'audit s'arrête à l'événement {events}, mais cette installation l'a scellée "
        "à l'événement {sealed} le {sealed_at} : ses derniers événements ont été supprimés, ou "
        "une copie antérieure de la base de données a été mise à sa place sans restauration.",
        "A trilha de auditoria termina no evento {events}, mas esta instalação a selou no "
        "evento {sealed} em {sealed_at}: os seus últimos eventos foram removidos, ou uma cópia "
        "anterior da base de dados foi posta no lugar sem uma restauração.",
    ),
    "check.anchor_rewritten": T(
        "Audit event {event} is not the one this installation sealed on {sealed_at}: the audit "
        "trail was rewritten and its hashes recomputed.",
        "El evento de auditoría {event} no es el que esta instalación selló el {sealed_at}: el "
        "registro de auditoría se reescribió y se recalcularon sus hashes.",
        "L'événement d'audit {event} n'est pas celui que cette installation a scellé le "
        "{sealed_at} : la piste d'audit a été réécrite et ses empreintes recalculées.",
        "O evento de auditoria {event} não é o que esta instalação selou em {sealed_at}: a "
        "trilha de auditoria foi reescrita e os seus hashes recalculados.",
    ),
    "check.anchor_seal": T(
        "The seal of this database's audit trail does not verify with this installation's key "
        "(the seal file was changed, or comes from another installation).",
        "El sello del registro de auditoría de esta base de datos no se verifica con la clave "
        "de esta instalación (el archivo del sello se modificó o viene de otra instalación).",
        "Le sceau de la piste d'audit de cette base de données ne se vérifie pas avec la clé de "
        "cette installation (le fichier du sceau a été modifié ou vient d'une autre "
        "installation).",
        "O selo da trilha de auditoria desta base de dados não se verifica com a chave desta "
        "instalação (o arquivo do selo foi alterado ou vem de outra instalação).",
    ),
    "check.anchor_identity": T(
        "This installation sealed another audit trail for {path} on {sealed_at}: this trail was "
        "rewritten from its first event, or another database was put in place without a "
        "restore.",
        "Esta instalación selló otro registro de auditoría para {path} el {sealed_at}: este "
        "registro se reescribió desde su primer evento, o se puso otra base de datos en su "
        "lugar sin una restauración.",
        "Cette installation a scellé une autre piste d'audit pour {path} le {sealed_at} : cette "
        "piste a été réécrite depuis son premier événement, ou une autre base de données a été "
        "mise à sa place sans restauration.",
        "Esta instalação selou outra trilha de auditoria para {path} em {sealed_at}: esta "
        "trilha foi reescrita desde o seu primeiro evento, ou outra base de dados foi posta no "
        "lugar sem uma restauração.",
    ),
    "check.anchor_none": T(
        "Note: this installation holds no seal for this database at this place (a copy, or made "
        "or last changed on another computer); its audit trail is checked for consistency only.",
        "Nota: esta instalación no tiene ningún sello para esta base de datos en este lugar "
        "(una copia, o creada o modificada por última vez en otro equipo); su registro de "
        "auditoría solo se verifica en cuanto a su coherencia.",
        "Remarque : cette installation ne détient aucun sceau pour cette base de données à cet "
        "emplacement (une copie, ou créée ou modifiée en dernier sur un autre ordinateur) ; sa "
        "piste d'audit n'est vérifiée que pour sa cohérence.",
        "Observação: esta instalação não tem nenhum selo para esta base de dados neste lugar "
        "(uma cópia, ou criada ou alterada pela última vez em outro computador); a sua trilha "
        "de auditoria é verificada apenas quanto à coerência.",
    ),
    "check.anchor_unsealed": T(
        "Note: {count} audit events came after this installation's last seal (written on "
        "another computer, or the application stopped before sealing); they are checked for "
        "consistency only.",
        "Nota: {count} eventos de auditoría son posteriores al último sello de esta instalación "
        "(escritos en otro equipo, o la aplicación se detuvo antes de sellar); solo se "
        "verifica su coherencia.",
        "Remarque : {count} événements d'audit sont postérieurs au dernier sceau de cette "
        "installation (écrits sur un autre ordinateur, ou l'application s'est arrêtée avant de "
        "sceller) ; seule leur cohérence est vérifiée.",
        "Observação: {count} eventos de auditoria são posteriores ao último selo desta "
        "instalação (gravados em outro computador, ou o aplicativo parou antes de selar); "
        "apenas a sua coerência é verificada.",
    ),
    "check.ok": T(
        "ok: database sound, audit trail of {events} events verified",
        "correcto: base de datos íntegra, registro de auditoría de {events} eventos verificado",
        "ok : base de données saine, piste d'audit de {events} événements vérifiée",
        "ok: base de dados íntegra, trilha de auditoria de {events} eventos verificada",
    ),
    "check.failed": T(
        "FAILED: the database was changed outside the application or is damaged (see above).",
        "FALLÓ: la base de datos se modificó fuera de la aplicación o está dañada (véase arriba).",
        "ÉCHEC : la base de données a été modifiée hors de l'application ou est endommagée "
        "(voir ci-dessus).",
        "FALHOU: a base de dados foi alterada fora do aplicativo ou está danificada (veja acima).",
    ),
    # --- backups and restoring ---
    "backup.same_file": T(
        "{path} is the database itself; choose another file.",
        "{path} es la propia base de datos; elija otro archivo.",
        "{path} est la base de données elle-même ; choisissez un autre fichier.",
        "{path} é a própria base de dados; escolha outro arquivo.",
    ),
    "backup.exists": T(
        "{path} already exists; choose another name (or --force to replace it).",
        "{path} ya existe; elija otro nombre (o --force para reemplazarlo).",
        "{path} existe déjà ; choisissez un autre nom (ou --force pour le remplacer).",
        "{path} já existe; escolha outro nome (ou --force para substituí-lo).",
    ),
    "backup.not_sqlite": T(
        "{path} is not a database backup (not an SQLite file); nothing was restored.",
        "{path} no es una copia de seguridad de la base de datos (no es un archivo SQLite); "
        "no se restauró nada.",
        "{path} n'est pas une sauvegarde de la base de données (pas un fichier SQLite) ; rien "
        "n'a été restauré.",
        "{path} não é uma cópia de segurança da base de dados (não é um arquivo SQLite); nada "
        "foi restaurado.",
    ),
    "backup.not_csbm": T(
        "{path} is an SQLite file but not a CSBM Desktop database; nothing was restored.",
        "{path} es un archivo SQLite pero no una base de datos de CSBM Desktop; no se restauró "
        "nada.",
        "{path} est un fichier SQLite mais pas une base de données CSBM Desktop ; rien n'a été "
        "restauré.",
        "{path} é um arquivo SQLite mas não uma base de dados do CSBM Desktop; nada foi "
        "restaurado.",
    ),
    "backup.damaged": T(
        "The backup {path} is damaged ({problem}); nothing was restored.",
        "La copia de seguridad {path} está dañada ({problem}); no se restauró nada.",
        "La sauvegarde {path} est endommagée ({problem}) ; rien n'a été restauré.",
        "A cópia de segurança {path} está danificada ({problem}); nada foi restaurado.",
    ),
    "backup.too_new": T(
        "The backup {path} was written by a newer version of CSBM Desktop (schema {revision}); "
        "nothing was restored.",
        "La copia de seguridad {path} fue escrita por una versión más reciente de CSBM Desktop "
        "(esquema {revision}); no se restauró nada.",
        "La sauvegarde {path} a été écrite par une version plus récente de CSBM Desktop "
        "(schéma {revision}) ; rien n'a été restauré.",
        "A cópia de segurança {path} foi gravada por uma versão mais recente do CSBM Desktop "
        "(esquema {revision}); nada foi restaurado.",
    ),
    "backup.tampered": T(
        "The backup {path} fails the audit check ({problem}): its audit trail or saved "
        "revisions were changed outside the application. Nothing was restored.",
        "La copia de seguridad {path} no supera la verificación de auditoría ({problem}): su "
        "registro de auditoría o sus revisiones guardadas se modificaron fuera de la "
        "aplicación. No se restauró nada.",
        "La sauvegarde {path} échoue au contrôle d'audit ({problem}) : sa piste d'audit ou ses "
        "révisions enregistrées ont été modifiées hors de l'application. Rien n'a été restauré.",
        "A cópia de segurança {path} falha na verificação de auditoria ({problem}): a sua "
        "trilha de auditoria ou as suas revisões gravadas foram alteradas fora do aplicativo. "
        "Nada foi restaurado.",
    ),
    "restore.confirm": T(
        "Restoring replaces the whole database: add --yes to confirm (there is no terminal to "
        "ask on).",
        "Restaurar reemplaza toda la base de datos: añada --yes para confirmar (no hay terminal "
        "donde preguntar).",
        "La restauration remplace toute la base de données : ajoutez --yes pour confirmer "
        "(aucun terminal pour le demander).",
        "Restaurar substitui toda a base de dados: acrescente --yes para confirmar (não há "
        "terminal onde perguntar).",
    ),
    # --- workbook import (per-row problems and refusals) ---
    "import.refused": T(
        "Nothing was imported: the file has {count} problem(s) to fix.",
        "No se importó nada: el archivo tiene {count} problema(s) que corregir.",
        "Rien n'a été importé : le fichier comporte {count} problème(s) à corriger.",
        "Nada foi importado: o arquivo tem {count} problema(s) a corrigir.",
    ),
    "xlsx.too_large": T(
        "{file} is {size} MB; a workbook to import may be at most {max} MB.",
        "{file} ocupa {size} MB; un libro que se importa puede ocupar {max} MB como máximo.",
        "{file} fait {size} Mo ; un classeur à importer fait au plus {max} Mo.",
        "{file} tem {size} MB; uma pasta de trabalho a importar pode ter no máximo {max} MB.",
    ),
    "xlsx.damaged": T(
        "{file} is damaged or is not an Excel workbook (.xlsx); it cannot be read.",
        "{file} está dañado o no es un libro de Excel (.xlsx); no se puede leer.",
        "{file} est endommagé ou n'est pas un classeur Excel (.xlsx) ; il ne peut pas être lu.",
        "{file} está danificado ou não é uma pasta de trabalho do Excel (.xlsx); não pode "
        "ser lido.",
    ),
    "xlsx.part_missing": T(
        "{file} is damaged: the part {name}, which the workbook refers to, is missing.",
        "{file} está dañado: falta la parte {name}, a la que el libro hace referencia.",
        "{file} est endommagé : la partie {name}, à laquelle le classeur renvoie, manque.",
        "{file} está danificado: falta a parte {name}, à qual a pasta de trabalho se refere.",
    ),
    "xlsx.bad_xml": T(
        "{file} is damaged: one of its parts is not well-formed XML (cut short or altered).",
        "{file} está dañado: una de sus partes no es XML bien formado (cortada o alterada).",
        "{file} est endommagé : une de ses parties n'est pas du XML bien formé (tronquée ou "
        "modifiée).",
        "{file} está danificado: uma de suas partes não é XML bem formado (cortada ou alterada).",
    ),
    "xlsx.entities": T(
        "{file}: a part declares entities, which workbooks never need; it was not opened.",
        "{file}: una parte declara entidades, que un libro nunca necesita; no se abrió.",
        "{file} : une partie déclare des entités, dont un classeur n'a jamais besoin ; il n'a "
        "pas été ouvert.",
        "{file}: uma parte declara entidades, que uma pasta de trabalho nunca precisa; não foi "
        "aberta.",
    ),
    "xlsx.not_zip": T(
        "{file} is not an Excel workbook (.xlsx): it is not a zip file, or it is cut short.",
        "{file} no es un libro de Excel (.xlsx): no es un archivo zip, o está incompleto.",
        "{file} n'est pas un classeur Excel (.xlsx) : ce n'est pas un fichier zip, ou il est "
        "tronqué.",
        "{file} não é uma pasta de trabalho do Excel (.xlsx): não é um arquivo zip, ou está "
        "incompleto.",
    ),
    "xlsx.unsafe_xml": T(
        "{file}: the part {name} declares a DTD or entities, which workbooks never need; "
        "it was not opened.",
        "{file}: la parte {name} declara una DTD o entidades, que un libro nunca necesita; "
        "no se abrió.",
        "{file} : la partie {name} déclare une DTD ou des entités, dont un classeur n'a jamais "
        "besoin ; il n'a pas été ouvert.",
        "{file}: a parte {name} declara uma DTD ou entidades, de que uma pasta de trabalho "
        "nunca precisa; não foi aberto.",
    ),
    "xlsx.no_table": T(
        "{file} has no sheet with a heading row of known columns (for example Measure, Title, "
        "Start date).",
        "{file} no tiene ninguna hoja con una fila de encabezados conocidos (por ejemplo "
        "Medida, Título, Fecha de inicio).",
        "{file} n'a aucune feuille avec une ligne d'en-têtes connus (par exemple Mesure, "
        "Intitulé, Date de début).",
        "{file} não tem nenhuma folha com uma linha de cabeçalhos conhecidos (por exemplo "
        "Medida, Título, Data de início).",
    ),
    "xlsx.map_unknown_field": T(
        "'{field}' is not something a column can hold; use one of: {fields}.",
        "«{field}» no es algo que pueda contener una columna; use uno de: {fields}.",
        "« {field} » n'est pas une donnée qu'une colonne peut contenir ; utilisez l'un de : "
        "{fields}.",
        "«{field}» não é algo que uma coluna possa conter; use um de: {fields}.",
    ),
    "xlsx.map_no_column": T(
        "There is no column '{column}' to map.",
        "No hay ninguna columna «{column}» que asignar.",
        "Il n'y a pas de colonne « {column} » à associer.",
        "Não há nenhuma coluna «{column}» a associar.",
    ),
    "xlsx.sheet_missing": T(
        "The sheet '{sheet}' is missing.",
        "Falta la hoja «{sheet}».",
        "La feuille « {sheet} » manque.",
        "Falta a folha «{sheet}».",
    ),
    "xlsx.metadata_invalid": T(
        "The metadata entry '{key}' is missing or invalid.",
        "La entrada de metadatos «{key}» falta o no es válida.",
        "L'entrée de métadonnées « {key} » manque ou n'est pas valide.",
        "A entrada de metadados «{key}» falta ou é inválida.",
    ),
    "xlsx.column_missing": T(
        "No column holds '{field}'.",
        "Ninguna columna contiene «{field}».",
        "Aucune colonne ne contient « {field} ».",
        "Nenhuma coluna contém «{field}».",
    ),
    "xlsx.column_twice": T(
        "The columns '{first}' and '{second}' both hold '{field}'.",
        "Las columnas «{first}» y «{second}» contienen ambas «{field}».",
        "Les colonnes « {first} » et « {second} » contiennent toutes deux « {field} ».",
        "As colunas «{first}» e «{second}» contêm ambas «{field}».",
    ),
    "xlsx.column_ignored": T(
        "This column is not recognised and was ignored.",
        "Esta columna no se reconoce y se ha ignorado.",
        "Cette colonne n'est pas reconnue et a été ignorée.",
        "Esta coluna não é reconhecida e foi ignorada.",
    ),
    "xlsx.too_many_rows": T(
        "More than {max} rows: split the sheet.",
        "Más de {max} filas: divida la hoja.",
        "Plus de {max} lignes : divisez la feuille.",
        "Mais de {max} linhas: divida a folha.",
    ),
    "xlsx.no_rows": T(
        "The table has no activity rows.",
        "La tabla no tiene filas de actividades.",
        "Le tableau n'a aucune ligne d'activité.",
        "A tabela não tem linhas de atividades.",
    ),
    "xlsx.cell_too_long": T(
        "{length} characters in one cell; at most {max}.",
        "{length} caracteres en una celda; máximo {max}.",
        "{length} caractères dans une cellule ; {max} au plus.",
        "{length} caracteres numa célula; no máximo {max}.",
    ),
    "xlsx.measure_missing": T(
        "Which measure? Give its number.",
        "¿Qué medida? Indique su número.",
        "Quelle mesure ? Indiquez son numéro.",
        "Qual medida? Indique o seu número.",
    ),
    "xlsx.measure_unknown": T(
        "'{value}' is not a measure of this form.",
        "«{value}» no es una medida de este formulario.",
        "« {value} » n'est pas une mesure de ce formulaire.",
        "«{value}» não é uma medida deste formulário.",
    ),
    "xlsx.date_invalid": T(
        "'{value}' is not a date: use a date cell, YYYY-MM-DD or DD/MM/YYYY.",
        "«{value}» no es una fecha: use una celda de fecha, AAAA-MM-DD o DD/MM/AAAA.",
        "« {value} » n'est pas une date : utilisez une cellule de date, AAAA-MM-JJ ou JJ/MM/AAAA.",
        "«{value}» não é uma data: use uma célula de data, AAAA-MM-DD ou DD/MM/AAAA.",
    ),
    "xlsx.choice_unknown": T(
        "'{value}' is not one of: {choices}.",
        "«{value}» no es uno de: {choices}.",
        "« {value} » n'est pas l'un de : {choices}.",
        "«{value}» não é um de: {choices}.",
    ),
    "xlsx.characteristic_unknown": T(
        "'{value}' is not a characteristic: use the numbers 1 to 7.",
        "«{value}» no es una característica: use los números 1 a 7.",
        "« {value} » n'est pas une caractéristique : utilisez les numéros 1 à 7.",
        "«{value}» não é uma característica: use os números 1 a 7.",
    ),
    "xlsx.mark_invalid": T(
        "'{value}' is not a tick: use ✓ or x, or leave the cell empty.",
        "«{value}» no es una marca: use ✓ o x, o deje la celda vacía.",
        "« {value} » n'est pas une coche : utilisez ✓ ou x, ou laissez la cellule vide.",
        "«{value}» não é uma marca: use ✓ ou x, ou deixe a célula vazia.",
    ),
    "xlsx.number_invalid": T(
        "'{value}' is not a whole number.",
        "«{value}» no es un número entero.",
        "« {value} » n'est pas un nombre entier.",
        "«{value}» não é um número inteiro.",
    ),
    "xlsx.boolean_invalid": T(
        "'{value}' is neither yes nor no.",
        "«{value}» no es ni sí ni no.",
        "« {value} » n'est ni oui ni non.",
        "«{value}» não é nem sim nem não.",
    ),
    "xlsx.state_needed": T(
        "Which state's report is this? Choose the state, or add a 'State' line above the table.",
        "¿De qué Estado es este informe? Elija el Estado o añada una línea «Estado» encima de "
        "la tabla.",
        "De quel État est ce rapport ? Choisissez l'État ou ajoutez une ligne « État » "
        "au-dessus du tableau.",
        "De que Estado é este relatório? Escolha o Estado ou acrescente uma linha «Estado» "
        "acima da tabela.",
    ),
    "xlsx.year_needed": T(
        "Which year does the report cover? Choose the year, or add a 'Year' line above the table.",
        "¿Qué año abarca el informe? Elija el año o añada una línea «Año» encima de la tabla.",
        "Quelle année couvre le rapport ? Choisissez l'année ou ajoutez une ligne « Année » "
        "au-dessus du tableau.",
        "Que ano abrange o relatório? Escolha o ano ou acrescente uma linha «Ano» acima da tabela.",
    ),
    "xlsx.attachments_ignored": T(
        "A workbook carries the names of attachments, not the files: {count} name(s) ignored. "
        "Attach the files again, or exchange the report as JSON.",
        "Un libro contiene los nombres de los anexos, no los archivos: {count} nombre(s) "
        "ignorado(s). Vuelva a adjuntarlos o intercambie el informe en JSON.",
        "Un classeur contient le nom des pièces jointes, pas les fichiers : {count} nom(s) "
        "ignoré(s). Joignez-les à nouveau ou échangez le rapport en JSON.",
        "Uma pasta de trabalho contém os nomes dos anexos, não os arquivos: {count} nome(s) "
        "ignorado(s). Anexe-os de novo ou troque o relatório em JSON.",
    ),
    # --- accounts and review ---
    "auth.required": T(
        "Sign in first (--user NAME).",
        "Inicie sesión primero (--user NOMBRE).",
        "Connectez-vous d'abord (--user NOM).",
        "Inicie a sessão primeiro (--user NOME).",
    ),
    "auth.no_password": T(
        "No password: use --password-file FILE (there is no terminal to ask on).",
        "Sin contraseña: use --password-file ARCHIVO (no hay terminal donde pedirla).",
        "Pas de mot de passe : utilisez --password-file FICHIER (aucun terminal pour le demander).",
        "Sem senha: use --password-file ARQUIVO (não há terminal onde pedi-la).",
    ),
    "auth.failed": T(
        "Wrong user name or password.",
        "Usuario o contraseña incorrectos.",
        "Nom d'utilisateur ou mot de passe incorrect.",
        "Usuário ou senha incorretos.",
    ),
    "auth.disabled": T(
        "The account '{user}' is disabled.",
        "La cuenta «{user}» está desactivada.",
        "Le compte « {user} » est désactivé.",
        "A conta «{user}» está desativada.",
    ),
    "auth.locked": T(
        "Too many failed attempts: the account '{user}' is locked for {seconds} seconds.",
        "Demasiados intentos fallidos: la cuenta «{user}» está bloqueada durante {seconds} "
        "segundos.",
        "Trop de tentatives échouées : le compte « {user} » est bloqué pendant {seconds} secondes.",
        "Tentativas falhadas demais: a conta «{user}» está bloqueada por {seconds} segundos.",
    ),
    "user.not_found": T(
        "There is no user '{user}'.",
        "No existe el usuario «{user}».",
        "Il n'y a pas d'utilisateur « {user} ».",
        "Não existe o usuário «{user}».",
    ),
    "user.exists": T(
        "The user '{user}' already exists.",
        "El usuario «{user}» ya existe.",
        "L'utilisateur « {user} » existe déjà.",
        "O usuário «{user}» já existe.",
    ),
    "user.bad_name": T(
        "'{user}' is not a valid user name (1 to 64 characters, no spaces).",
        "«{user}» no es un nombre de usuario válido (1 a 64 caracteres, sin espacios).",
        "« {user} » n'est pas un nom d'utilisateur valide (1 à 64 caractères, sans espaces).",
        "«{user}» não é um nome de usuário válido (1 a 64 caracteres, sem espaços).",
    ),
    "user.first_must_be_admin": T(
        "The first account must have the administrator role.",
        "La primera cuenta debe tener el rol de administrador.",
        "Le premier compte doit avoir le rôle d'administrateur.",
        "A primeira conta deve ter o papel de administrador.",
    ),
    "user.last_admin": T(
        "You cannot remove your own administrator rights or account.",
        "No puede quitarse sus propios derechos de administrador ni su cuenta.",
        "Vous ne pouvez pas retirer vos propres droits d'administrateur ni votre compte.",
        "Não pode retirar os seus próprios direitos de administrador nem a sua conta.",
    ),
    "password.too_short": T(
        "The password must have at least {min} characters.",
        "La contraseña debe tener al menos {min} caracteres.",
        "Le mot de passe doit comporter au moins {min} caractères.",
        "A senha deve ter pelo menos {min} caracteres.",
    ),
    "role.unknown": T(
        "'{role}' is not a role (roles: {roles}).",
        "«{role}» no es un rol (roles: {roles}).",
        "« {role} » n'est pas un rôle (rôles : {roles}).",
        "«{role}» não é um papel (papéis: {roles}).",
    ),
    "role.none": T(
        "Give the user at least one role.",
        "Asigne al menos un rol al usuario.",
        "Attribuez au moins un rôle à l'utilisateur.",
        "Atribua pelo menos um papel ao usuário.",
    ),
    "role.missing": T(
        "{user} may not {action}: it needs the role {roles}.",
        "{user} no puede realizar «{action}»: requiere el rol {roles}.",
        "{user} ne peut pas effectuer « {action} » : il faut le rôle {roles}.",
        "{user} não pode realizar «{action}»: requer o papel {roles}.",
    ),
    "workflow.unknown": T(
        "'{action}' is not a workflow step.",
        "«{action}» no es un paso del flujo de trabajo.",
        "« {action} » n'est pas une étape du circuit.",
        "«{action}» não é uma etapa do fluxo de trabalho.",
    ),
    "workflow.wrong_state": T(
        "Cannot {action} a report that is {status}.",
        "No se puede realizar «{action}» en un informe en estado «{status}».",
        "Impossible d'effectuer « {action} » sur un rapport à l'état « {status} ».",
        "Não é possível realizar «{action}» num relatório no estado «{status}».",
    ),
    "workflow.reason_required": T(
        "Give a reason to {action}.",
        "Indique un motivo para «{action}».",
        "Indiquez un motif pour « {action} ».",
        "Indique um motivo para «{action}».",
    ),
    "review.open_comments": T(
        "{count} comment thread(s) are still open: resolve them before approving.",
        "Quedan {count} hilo(s) de comentarios abiertos: resuélvalos antes de aprobar.",
        "{count} fil(s) de commentaires restent ouverts : résolvez-les avant d'approuver.",
        "Há {count} tópico(s) de comentários abertos: resolva-os antes de aprovar.",
    ),
    "review.has_errors": T(
        "The report still has {count} error(s); fix them first.",
        "El informe aún tiene {count} error(es); corríjalos primero.",
        "Le rapport comporte encore {count} erreur(s) ; corrigez-les d'abord.",
        "O relatório ainda tem {count} erro(s); corrija-os primeiro.",
    ),
    "review.separation": T(
        "{user} edited this report and so cannot approve it (separation of duties).",
        "{user} editó este informe y por tanto no puede aprobarlo (separación de funciones).",
        "{user} a modifié ce rapport et ne peut donc pas l'approuver (séparation des tâches).",
        "{user} editou este relatório e por isso não pode aprová-lo (segregação de funções).",
    ),
    "export.nothing": T(
        "Choose at least one file to export (PDF, workbook or package).",
        "Elija al menos un archivo que exportar (PDF, libro o paquete).",
        "Choisissez au moins un fichier à exporter (PDF, classeur ou paquet).",
        "Escolha pelo menos um arquivo para exportar (PDF, pasta ou pacote).",
    ),
    "export.sign_not_final": T(
        "Only a final report can be signed; this one is {status}. Export it unsigned as a "
        "review copy, or finalise it first.",
        "Solo un informe final puede firmarse; este está en estado «{status}». Expórtelo sin "
        "firma como copia de revisión, o finalícelo antes.",
        "Seul un rapport définitif peut être signé ; celui-ci est à l'état « {status} ». "
        "Exportez-le sans signature comme copie de révision, ou finalisez-le d'abord.",
        "Só um relatório final pode ser assinado; este está no estado «{status}». Exporte-o "
        "sem assinatura como cópia de revisão, ou finalize-o antes.",
    ),
    "export.too_many_signers": T(
        "At most {max} signatures: the preparer, then the authorising officer.",
        "Como máximo {max} firmas: quien preparó y luego la autoridad que autoriza.",
        "Au plus {max} signatures : le rédacteur, puis l'autorité d'approbation.",
        "No máximo {max} assinaturas: quem preparou e depois a autoridade que autoriza.",
    ),
    "signing.failed": T(
        "Signing failed: {reason}",
        "La firma falló: {reason}",
        "La signature a échoué : {reason}",
        "A assinatura falhou: {reason}",
    ),
    "transmission.future": T(
        "{date} is in the future: record a transmission once it is made.",
        "{date} es una fecha futura: registre la transmisión cuando se haya hecho.",
        "{date} est dans le futur : enregistrez la transmission une fois faite.",
        "{date} é uma data futura: registre a transmissão depois de feita.",
    ),
    "transmission.before_authorisation": T(
        "The report was authorised on {authorised}; it cannot have been sent on {date}.",
        "El informe se autorizó el {authorised}; no puede haberse enviado el {date}.",
        "Le rapport a été autorisé le {authorised} ; il ne peut avoir été transmis le {date}.",
        "O relatório foi autorizado em {authorised}; não pode ter sido enviado em {date}.",
    ),
    "comment.empty": T(
        "Write the comment first.",
        "Escriba primero el comentario.",
        "Écrivez d'abord le commentaire.",
        "Escreva primeiro o comentário.",
    ),
    "comment.not_found": T(
        "There is no comment {uid}.",
        "No existe el comentario {uid}.",
        "Il n'y a pas de commentaire {uid}.",
        "Não existe o comentário {uid}.",
    ),
    "comment.bad_anchor": T(
        "'{anchor}' is not a field of this report.",
        "«{anchor}» no es un campo de este informe.",
        "« {anchor} » n'est pas un champ de ce rapport.",
        "«{anchor}» não é um campo deste relatório.",
    ),
    "comment.cannot_suggest": T(
        "A value cannot be suggested for '{anchor}'.",
        "No se puede sugerir un valor para «{anchor}».",
        "Impossible de suggérer une valeur pour « {anchor} ».",
        "Não é possível sugerir um valor para «{anchor}».",
    ),
    "comment.no_pending_suggestion": T(
        "Comment {uid} has no suggestion waiting for a decision.",
        "El comentario {uid} no tiene ninguna sugerencia pendiente.",
        "Le commentaire {uid} n'a aucune suggestion en attente.",
        "O comentário {uid} não tem nenhuma sugestão pendente.",
    ),
}
MESSAGES.update(SIGNATURE_MESSAGES)  # signing and verification: their own table

# Words used to say where a problem is.
_WHERE: dict[str, Text] = {
    "measure": T("Measure {number}", "Medida {number}", "Mesure {number}", "Medida {number}"),
    "characteristic": T(
        "Characteristic {number}",
        "Característica {number}",
        "Caractéristique {number}",
        "Característica {number}",
    ),
    "activity": T(
        "Activity “{title}”", "Actividad «{title}»", "Activité « {title} »", "Atividade «{title}»"
    ),
    "untitled": T("(untitled)", "(sin título)", "(sans titre)", "(sem título)"),
    # A comment on no field in particular (its anchor is "report").
    "report": T("The whole report", "El informe completo", "Le rapport entier", "O relatório todo"),
}


def status_word(status: str, lang: str) -> str:
    """A report's status in words ("In review"), never its code ("in_review"): the one wording
    of the GUI, the command line, the PDF and the workbook."""
    word = MESSAGES.get(f"status.{status}")
    return word.get(lang) if word is not None else status


def status_in_sentence(status: str, lang: str) -> str:
    """The status word inside a sentence ("is in review", not "is In review")."""
    word = status_word(status, lang)
    return word[:1].lower() + word[1:]


def render(code: str, params: dict[str, str], lang: str) -> str:
    text = MESSAGES.get(code)
    if text is None:
        return f"{code} {params}" if params else code
    if "status" in params:  # "is in review", not "is in_review" (nor "is In review")
        params = {**params, "status": status_in_sentence(str(params["status"]), lang)}
    try:
        return text.get(lang).format(**params)
    except (KeyError, IndexError):
        return text.get(lang)


def locate(
    path: str,
    spec: FormSpec,
    lang: str,
    report: Report | None = None,
    *,
    with_measure: bool = False,
) -> str:
    """Where a problem path points, in words: e.g. "Activity “Talks” › Start date", or with
    `with_measure` (and the report) "Measure 4 › Activity “Talks” › Start date"."""
    parts = path.split(".")
    head = parts[0]
    try:
        if head == "header":
            for section in spec.header:
                for f in section.fields:
                    if f.id == parts[1]:
                        return f"{section.title.get(lang)} › {f.label.get(lang)}"
        elif head == "answers":
            ch, q = spec.question(parts[1])
            return f"{ch.number}. {ch.name.get(lang)} › {q.label.get(lang)}"
        elif head == "characteristics":
            ch = spec.characteristic(int(parts[1]))
            return f"{ch.number}. {ch.name.get(lang)}"
        elif head == "measures":
            m = spec.measure(parts[1])
            return f"{_WHERE['measure'].get(lang).format(number=m.number)} · {m.title.get(lang)}"
        elif head == "activities":
            title, measure = "", ""
            if report is not None:
                with contextlib.suppress(KeyError):
                    activity = report.activity(parts[1])
                    title = activity.text("title")
                    number = spec.measure(activity.measure_id).number
                    measure = _WHERE["measure"].get(lang).format(number=number) + " › "
            where = _WHERE["activity"].get(lang).format(title=title or _WHERE["untitled"].get(lang))
            where = measure + where if with_measure else where
            labels = {f.id: f.label.get(lang) for f in spec.activity_fields()}
            return f"{where} › {labels[parts[2]]}" if parts[2] in labels else where
        elif path == "report":
            return _WHERE["report"].get(lang)
    except (KeyError, IndexError, ValueError):
        pass
    return path
