"""The PDF's own words (everything the form files do not label) in the four OAS languages.

Field labels, section titles, choice labels and state names come from the form; only the
document's scaffolding lives here. A test checks every entry has the same placeholders in each
language.
"""

from __future__ import annotations

from csbm_desktop.domain.form import Text
from csbm_desktop.domain.messages import MESSAGES, status_word

T = Text

LABELS: dict[str, Text] = {
    # --- page furniture ---
    "draft": T("DRAFT", "BORRADOR", "BROUILLON", "RASCUNHO"),
    "page_of": T(
        "Page {page} of {pages}",
        "Página {page} de {pages}",
        "Page {page} sur {pages}",
        "Página {page} de {pages}",
    ),
    # --- cover ---
    "cover": T("Cover", "Portada", "Page de titre", "Capa"),
    "period": T(
        "Reporting period", "Período del informe", "Période couverte", "Período do relatório"
    ),
    "form": T("Form", "Formulario", "Formulaire", "Formulário"),
    "form_version": T(
        "{form}, version {version}",
        "{form}, versión {version}",
        "{form}, version {version}",
        "{form}, versão {version}",
    ),
    "catalogue": T(
        "Catalogue of measures",
        "Catálogo de medidas",
        "Catalogue des mesures",
        "Catálogo de medidas",
    ),
    "catalogue_value": T(
        "{document}, approved {approved}",
        "{document}, aprobado el {approved}",
        "{document}, approuvé le {approved}",
        "{document}, aprovado em {approved}",
    ),
    "status": T("Status", "Estado", "État", "Situação"),
    "revision": T("Revision", "Revisión", "Révision", "Revisão"),
    "working_copy": T(
        "working copy (not a saved revision)",
        "copia de trabajo (no es una revisión guardada)",
        "copie de travail (pas une révision enregistrée)",
        "cópia de trabalho (não é uma revisão gravada)",
    ),
    "document_id": T(
        "Document identifier",
        "Identificador del documento",
        "Identifiant du document",
        "Identificador do documento",
    ),
    "sha256": T(
        "SHA-256 of the content",
        "SHA-256 del contenido",
        "SHA-256 du contenu",
        "SHA-256 do conteúdo",
    ),
    "distribution": T("Distribution", "Distribución", "Diffusion", "Distribuição"),
    "generated": T("Generated", "Generado", "Généré", "Gerado"),
    "generated_value": T(
        "{at} by {by}, with CSBM Desktop {version}",
        "{at} por {by}, con CSBM Desktop {version}",
        "{at} par {by}, avec CSBM Desktop {version}",
        "{at} por {by}, com o CSBM Desktop {version}",
    ),
    # --- contents ---
    "contents": T("Contents", "Índice", "Table des matières", "Sumário"),
    # --- characteristics ---
    "characteristics": T(
        "The characteristics of the measures",
        "Las características de las medidas",
        "Les caractéristiques des mesures",
        "As características das medidas",
    ),
    "guiding_questions": T(
        "Guiding questions",
        "Preguntas orientadoras",
        "Questions d'orientation",
        "Perguntas orientadoras",
    ),
    "serving": T(
        "Activities serving this characteristic ({count})",
        "Actividades que contribuyen a esta característica ({count})",
        "Activités servant cette caractéristique ({count})",
        "Atividades que contribuem para esta característica ({count})",
    ),
    "no_serving": T(
        "No activity serves this characteristic.",
        "Ninguna actividad contribuye a esta característica.",
        "Aucune activité ne sert cette caractéristique.",
        "Nenhuma atividade contribui para esta característica.",
    ),
    "not_answered": T("Not answered", "Sin respuesta", "Sans réponse", "Sem resposta"),
    # --- measures ---
    "measures": T(
        "Inventory of measures",
        "Inventario de medidas",
        "Inventaire des mesures",
        "Inventário de medidas",
    ),
    # The form's own number, never called the OAS's (official numbers: domain/provenance.py).
    "col_number": T("Form no.", "N.º del formulario", "N° du formulaire", "N.º do formulário"),
    "col_measure": T("Measure", "Medida", "Mesure", "Medida"),
    "col_status": T("Status", "Estado", "État", "Situação"),
    "col_activities": T("Activities", "Actividades", "Activités", "Atividades"),
    "col_title": T("Title", "Título", "Intitulé", "Título"),
    "col_dates": T("Dates", "Fechas", "Dates", "Datas"),
    "nothing_to_report": T(
        "Nothing to report", "Nada que informar", "Rien à signaler", "Nada a informar"
    ),
    # --- activities ---
    "activities": T(
        "Activity details",
        "Detalle de las actividades",
        "Détail des activités",
        "Detalhe das atividades",
    ),
    "measure_n": T(
        "Form no. {number}",
        "N.º {number} del formulario",
        "N° {number} du formulaire",
        "N.º {number} do formulário",
    ),
    "no_activities": T(
        "No activity was reported.",
        "No se informó ninguna actividad.",
        "Aucune activité n'a été déclarée.",
        "Nenhuma atividade foi informada.",
    ),
    "untitled": T("(untitled)", "(sin título)", "(sans titre)", "(sem título)"),
    # --- attachments ---
    "attachments": T("Attachments", "Anexos", "Pièces jointes", "Anexos"),
    "col_file": T("File", "Archivo", "Fichier", "Arquivo"),
    "col_size": T("Size", "Tamaño", "Taille", "Tamanho"),
    "col_sha256": T("SHA-256", "SHA-256", "SHA-256", "SHA-256"),
    "no_attachments": T(
        "The report has no attachments.",
        "El informe no tiene anexos.",
        "Le rapport n'a pas de pièces jointes.",
        "O relatório não tem anexos.",
    ),
    # --- signatures ---
    "signatures": T("Signatures", "Firmas", "Signatures", "Assinaturas"),
    "signatures_note": T(
        "This report is signed electronically, first by the preparer, then by the authorising "
        "officer. Each signature covers the document as it was when it was applied, and the "
        "later signature covers the earlier one too; any other change made after signing "
        "invalidates them.",
        "Este informe se firma electrónicamente, primero por quien lo preparó y luego por la "
        "autoridad que autoriza. Cada firma abarca el documento tal como estaba al aplicarla, "
        "y la firma posterior abarca también la anterior; cualquier otro cambio posterior a "
        "la firma las invalida.",
        "Ce rapport est signé électroniquement, d'abord par le rédacteur, puis par l'autorité "
        "d'approbation. Chaque signature couvre le document tel qu'il était lorsqu'elle a été "
        "apposée, et la signature ultérieure couvre aussi la précédente ; toute autre "
        "modification postérieure les rend invalides.",
        "Este relatório é assinado eletronicamente, primeiro por quem o preparou e depois pela "
        "autoridade que autoriza. Cada assinatura abrange o documento tal como estava ao ser "
        "aplicada, e a assinatura posterior abrange também a anterior; qualquer outra "
        "alteração posterior às assinaturas as invalida.",
    ),
    "prepared_by": T("Prepared by", "Preparado por", "Préparé par", "Preparado por"),
    "authorised_by": T("Authorised by", "Autorizado por", "Autorisé par", "Autorizado por"),
    "name": T("Name", "Nombre", "Nom", "Nome"),
    "position": T("Position", "Cargo", "Fonction", "Cargo"),
    "date": T("Date", "Fecha", "Date", "Data"),
    "signature": T("Signature", "Firma", "Signature", "Assinatura"),
    # --- values ---
    "yes": T("Yes", "Sí", "Oui", "Sim"),
    "no": T("No", "No", "Non", "Não"),
}

# Report statuses: worded once, in domain/messages.py (status.<code>), for every output.
STATUSES: dict[str, Text] = {
    code: MESSAGES[f"status.{code}"]
    for code in ("draft", "in_review", "changes_requested", "approved", "final", "transmitted")
}


def label(key: str, lang: str, **params: object) -> str:
    text = LABELS[key].get(lang)
    return text.format(**params) if params else text


def status_label(status: str, lang: str) -> str:
    return status_word(status, lang)
