"""Words for the core's codes (validation problems and errors) in the four OAS languages.

The core only emits codes and parameters; this table words them, so the command line, the GUI
and the exports say the same thing in the user's language. A test checks that every code the
core uses has all four languages and the same placeholders in each.
"""

from __future__ import annotations

import contextlib

from csbm_desktop.domain.form import FormSpec, Text
from csbm_desktop.domain.report import Report

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
    "measure.unknown": T(
        "'{measure}' is not a measure of this form.",
        "«{measure}» no es una medida de este formulario.",
        "« {measure} » n'est pas une mesure de ce formulaire.",
        "«{measure}» não é uma medida deste formulário.",
    ),
    "activity.no_characteristic": T(
        "Tick at least one characteristic this activity serves.",
        "Marque al menos una característica a la que contribuya esta actividad.",
        "Cochez au moins une caractéristique que sert cette activité.",
        "Marque pelo menos uma característica para a qual esta atividade contribui.",
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
    "form.unknown_version": T(
        "Form {form} version {version} is not installed in this application.",
        "El formulario {form} versión {version} no está instalado en esta aplicación.",
        "Le formulaire {form} version {version} n'est pas installé dans cette application.",
        "O formulário {form} versão {version} não está instalado nesta aplicação.",
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
    "store.not_sqlite": T(
        "{path} is not a CSBM Desktop database (not an SQLite file); it was left untouched.",
        "{path} no es una base de datos de CSBM Desktop (no es un archivo SQLite); no se ha "
        "modificado.",
        "{path} n'est pas une base de données CSBM Desktop (pas un fichier SQLite) ; il n'a pas "
        "été modifié.",
        "{path} não é uma base de dados do CSBM Desktop (não é um arquivo SQLite); não foi "
        "alterado.",
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
}


def render(code: str, params: dict[str, str], lang: str) -> str:
    text = MESSAGES.get(code)
    if text is None:
        return f"{code} {params}" if params else code
    try:
        return text.get(lang).format(**params)
    except (KeyError, IndexError):
        return text.get(lang)


def locate(path: str, spec: FormSpec, lang: str, report: Report | None = None) -> str:
    """Where a problem path points, in words: e.g. "Activity “Talks” › Start date"."""
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
            title = ""
            if report is not None:
                with contextlib.suppress(KeyError):
                    title = report.activity(parts[1]).text("title")
            where = _WHERE["activity"].get(lang).format(title=title or _WHERE["untitled"].get(lang))
            labels = {f.id: f.label.get(lang) for f in spec.activity_fields()}
            return f"{where} › {labels[parts[2]]}" if parts[2] in labels else where
    except (KeyError, IndexError, ValueError):
        pass
    return path
