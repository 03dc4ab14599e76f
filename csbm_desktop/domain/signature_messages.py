"""Words for signing and verification, in the four OAS languages: what `csbm verify` and the
Verify dialog say about a file, and why an export's signatures are refused or questioned.

Kept apart from `messages.py` (which merges this table into MESSAGES) so that the signing and
verification wording lives in one place; the same test checks every language and placeholder.
"""

from __future__ import annotations

from csbm_desktop.domain.form import Text

T = Text

# The signature fields of a report and the required-signature policy every form has unless it
# says otherwise (forms/<id>/form.yaml `required_signatures`).
PREPARER_FIELD = "Preparer"
OFFICER_FIELD = "AuthorisingOfficer"
SIGNATURE_FIELDS = (PREPARER_FIELD, OFFICER_FIELD)
DEFAULT_REQUIRED_SIGNATURES = SIGNATURE_FIELDS

SIGNATURE_MESSAGES: dict[str, Text] = {
    # --- labels of what carries a signature ---
    "signature.field.Preparer": T("preparer", "preparador", "rédacteur", "preparador"),
    "signature.field.AuthorisingOfficer": T(
        "authorising officer",
        "autoridad que autoriza",
        "autorité d'approbation",
        "autoridade que autoriza",
    ),
    "signature.field.unnamed": T(
        "unnamed signature", "firma sin nombre", "signature sans nom", "assinatura sem nome"
    ),
    "signature.manifest": T("manifest", "manifiesto", "manifeste", "manifesto"),
    # --- the reason written into each PDF signature ---
    "signature.reason.Preparer": T("Prepared by", "Preparado por", "Préparé par", "Preparado por"),
    "signature.reason.AuthorisingOfficer": T(
        "Authorised for transmission",
        "Autorizado para su transmisión",
        "Autorisé pour transmission",
        "Autorizado para transmissão",
    ),
    # --- the visible stamp (pyHanko fills in %(signer)s, %(ts)s and %(reason)s) ---
    "signature.stamp": T(
        "Digitally signed by\n%(signer)s\n%(ts)s\n%(reason)s",
        "Firmado digitalmente por\n%(signer)s\n%(ts)s\n%(reason)s",
        "Signé numériquement par\n%(signer)s\n%(ts)s\n%(reason)s",
        "Assinado digitalmente por\n%(signer)s\n%(ts)s\n%(reason)s",
    ),
    # --- verification findings ---
    "verify.signature": T(
        "{label}: {signer}, {when}: {state}",
        "{label}: {signer}, {when}: {state}",
        "{label} : {signer}, {when} : {state}",
        "{label}: {signer}, {when}: {state}",
    ),
    "verify.no_time": T("no time", "sin hora", "sans heure", "sem hora"),
    "verify.valid_trusted": T(
        "valid signature, trusted certificate",
        "firma válida, certificado de confianza",
        "signature valide, certificat de confiance",
        "assinatura válida, certificado confiável",
    ),
    "verify.valid_untrusted": T(
        "valid signature, untrusted certificate ({reasons})",
        "firma válida, certificado no fiable ({reasons})",
        "signature valide, certificat non fiable ({reasons})",
        "assinatura válida, certificado não confiável ({reasons})",
    ),
    "verify.invalid": T(
        "INVALID signature ({reasons})",
        "firma NO VÁLIDA ({reasons})",
        "signature NON VALIDE ({reasons})",
        "assinatura INVÁLIDA ({reasons})",
    ),
    "verify.no_signature": T(
        "no signature", "ninguna firma", "aucune signature", "nenhuma assinatura"
    ),
    "verify.missing_signature": T(
        "{label}: required signature missing",
        "{label}: falta una firma obligatoria",
        "{label} : signature obligatoire manquante",
        "{label}: falta uma assinatura obrigatória",
    ),
    "verify.signer_mismatch": T(
        "{label}: warning: the certificate names {signer}, the document names {named}",
        "{label}: atención: el certificado nombra a {signer}, el documento a {named}",
        "{label} : attention : le certificat nomme {signer}, le document nomme {named}",
        "{label}: atenção: o certificado nomeia {signer}, o documento nomeia {named}",
    ),
    "verify.same_signer": T(
        "warning: {signer} signed as both {labels}",
        "atención: {signer} firmó a la vez como {labels}",
        "attention : {signer} a signé à la fois comme {labels}",
        "atenção: {signer} assinou ao mesmo tempo como {labels}",
    ),
    "verify.pdf_unreadable": T(
        "{file}: not a readable PDF ({reason})",
        "{file}: no es un PDF legible ({reason})",
        "{file} : ce n'est pas un PDF lisible ({reason})",
        "{file}: não é um PDF legível ({reason})",
    ),
    "verify.no_p7s": T(
        "no detached signature {file} next to it",
        "no hay firma separada {file} a su lado",
        "aucune signature détachée {file} à côté",
        "não há assinatura destacada {file} ao lado",
    ),
    "verify.package_unreadable": T(
        "not a readable package: {reason}",
        "no es un paquete legible: {reason}",
        "ce n'est pas un paquet lisible : {reason}",
        "não é um pacote legível: {reason}",
    ),
    "verify.no_manifest": T(
        "no manifest.json in the package",
        "el paquete no contiene manifest.json",
        "le paquet ne contient pas manifest.json",
        "o pacote não contém manifest.json",
    ),
    "verify.manifest_unsigned": T(
        "{label}: unsigned", "{label}: sin firmar", "{label} : non signé", "{label}: não assinado"
    ),
    "verify.manifest_unreadable": T(
        "manifest.json is not readable",
        "manifest.json no es legible",
        "manifest.json n'est pas lisible",
        "manifest.json não é legível",
    ),
    "verify.entry_missing": T(
        "{name}: missing, or an unsafe name",
        "{name}: falta, o el nombre no es seguro",
        "{name} : absent, ou nom dangereux",
        "{name}: ausente, ou nome inseguro",
    ),
    "verify.entry_mismatch": T(
        "{name}: does not match the manifest",
        "{name}: no coincide con el manifiesto",
        "{name} : ne correspond pas au manifeste",
        "{name}: não corresponde ao manifesto",
    ),
    "verify.entry_matches": T(
        "{name}: matches the manifest",
        "{name}: coincide con el manifiesto",
        "{name} : conforme au manifeste",
        "{name}: corresponde ao manifesto",
    ),
    "verify.entry_extra": T(
        "{name}: not listed in the signed manifest",
        "{name}: no figura en el manifiesto firmado",
        "{name} : absent du manifeste signé",
        "{name}: não consta do manifesto assinado",
    ),
    "verify.no_pdf": T(
        "the package holds no signed PDF",
        "el paquete no contiene ningún PDF firmado",
        "le paquet ne contient aucun PDF signé",
        "o pacote não contém nenhum PDF assinado",
    ),
    "verify.ok": T(
        "OK: valid and trusted",
        "OK: válido y de confianza",
        "OK : valide et de confiance",
        "OK: válido e confiável",
    ),
    "verify.not_verified": T("NOT VERIFIED", "NO VERIFICADO", "NON VÉRIFIÉ", "NÃO VERIFICADO"),
    # --- what is wrong with one signature (export/signing.py's findings, worded) ---
    "verify.problem.changed": T(
        "the signed content was changed",
        "el contenido firmado fue modificado",
        "le contenu signé a été modifié",
        "o conteúdo assinado foi alterado",
    ),
    "verify.problem.value": T(
        "the signature value does not verify",
        "el valor de la firma no se verifica",
        "la valeur de la signature ne se vérifie pas",
        "o valor da assinatura não se verifica",
    ),
    "verify.problem.no_trust": T(
        "no CA certificate given to check trust against",
        "no se indicó ningún certificado de CA de confianza",
        "aucun certificat d'AC de confiance n'a été indiqué",
        "nenhum certificado de AC confiável foi indicado",
    ),
    "verify.problem.no_chain": T(
        "the certificate does not chain to a trusted CA",
        "el certificado no remite a una CA de confianza",
        "le certificat ne remonte pas à une AC de confiance",
        "o certificado não remete a uma AC confiável",
    ),
    "verify.problem.validity": T(
        "the certificate is outside its validity period",
        "el certificado está fuera de su período de validez",
        "le certificat est hors de sa période de validité",
        "o certificado está fora do seu período de validade",
    ),
    "verify.problem.expired": T(
        "the certificate has expired",
        "el certificado ha caducado",
        "le certificat a expiré",
        "o certificado expirou",
    ),
    "verify.problem.not_yet_valid": T(
        "the certificate is not yet valid",
        "el certificado aún no es válido",
        "le certificat n'est pas encore valide",
        "o certificado ainda não é válido",
    ),
    "verify.problem.revoked": T(
        "the certificate is revoked",
        "el certificado está revocado",
        "le certificat est révoqué",
        "o certificado está revogado",
    ),
    "verify.problem.usage": T(
        "the certificate is not allowed for signing",
        "el certificado no está autorizado para firmar",
        "le certificat n'est pas autorisé pour la signature",
        "o certificado não está autorizado para assinar",
    ),
    "verify.problem.algorithm": T(
        "the signature uses an algorithm no longer accepted",
        "la firma usa un algoritmo que ya no se acepta",
        "la signature utilise un algorithme qui n'est plus accepté",
        "a assinatura usa um algoritmo que não é mais aceito",
    ),
    "verify.problem.changed_after": T(
        "the document was changed after this signature",
        "el documento fue modificado después de esta firma",
        "le document a été modifié après cette signature",
        "o documento foi alterado depois desta assinatura",
    ),
    "verify.problem.partial": T(
        "the signature does not cover its whole revision",
        "la firma no cubre toda su revisión",
        "la signature ne couvre pas toute sa révision",
        "a assinatura não cobre toda a sua revisão",
    ),
    "verify.problem.seed": T(
        "the signature breaks the constraints of its field",
        "la firma incumple las restricciones de su campo",
        "la signature enfreint les contraintes de son champ",
        "a assinatura viola as restrições do seu campo",
    ),
    "verify.problem.not_cms": T(
        "the .p7s file is not a CMS signature",
        "el archivo .p7s no es una firma CMS",
        "le fichier .p7s n'est pas une signature CMS",
        "o arquivo .p7s não é uma assinatura CMS",
    ),
    "verify.problem.unchecked": T(
        "the signature cannot be checked",
        "la firma no puede comprobarse",
        "la signature ne peut pas être vérifiée",
        "a assinatura não pode ser verificada",
    ),
    # --- export: the signatures a final report needs ---
    "export.signatures_missing": T(
        "A final report is exported signed by {required}; missing: {missing}. Give one key "
        "for each, in that order.",
        "Un informe final se exporta firmado por {required}; falta: {missing}. Indique una "
        "clave para cada uno, en ese orden.",
        "Un rapport définitif est exporté signé par {required} ; manque : {missing}. "
        "Indiquez une clé pour chacun, dans cet ordre.",
        "Um relatório final é exportado assinado por {required}; falta: {missing}. Indique "
        "uma chave para cada um, nessa ordem.",
    ),
    "export.same_signer": T(
        "{signer} would sign as both {labels}. Sign with each person's own key, or give the "
        "reason (it is recorded in the audit trail).",
        "{signer} firmaría a la vez como {labels}. Firme con la clave de cada persona, o "
        "indique el motivo (queda registrado en la auditoría).",
        "{signer} signerait à la fois comme {labels}. Signez avec la clé de chaque personne, "
        "ou indiquez la raison (elle est consignée dans le journal d'audit).",
        "{signer} assinaria ao mesmo tempo como {labels}. Assine com a chave de cada pessoa, "
        "ou indique o motivo (fica registrado na auditoria).",
    ),
    "export.signer_mismatch": T(
        "Warning: the certificate signing as {label} names {signer}, but the report names {named}.",
        "Atención: el certificado que firma como {label} nombra a {signer}, pero el informe "
        "nombra a {named}.",
        "Attention : le certificat qui signe comme {label} nomme {signer}, mais le rapport "
        "nomme {named}.",
        "Atenção: o certificado que assina como {label} nomeia {signer}, mas o relatório "
        "nomeia {named}.",
    ),
    "export.signer_not_account": T(
        "Warning: the certificate signing as {label} names {signer}, but the account that "
        "took that step is {account}.",
        "Atención: el certificado que firma como {label} nombra a {signer}, pero la cuenta "
        "que dio ese paso es {account}.",
        "Attention : le certificat qui signe comme {label} nomme {signer}, mais le compte qui "
        "a franchi cette étape est {account}.",
        "Atenção: o certificado que assina como {label} nomeia {signer}, mas a conta que deu "
        "esse passo é {account}.",
    ),
    "export.file_exists": T(
        "{path} already exists; add --force to replace it.",
        "{path} ya existe; añada --force para reemplazarlo.",
        "{path} existe déjà ; ajoutez --force pour le remplacer.",
        "{path} já existe; acrescente --force para substituí-lo.",
    ),
}

# export/signing.py states its findings in English; these are the ones worded above.
PROBLEM_CODES: dict[str, str] = {
    "the signed content was changed": "verify.problem.changed",
    "the signature value does not verify": "verify.problem.value",
    "no CA certificate given to check trust against": "verify.problem.no_trust",
    "the certificate does not chain to a trusted CA": "verify.problem.no_chain",
    "the certificate is outside its validity period": "verify.problem.validity",
    "the certificate has expired": "verify.problem.expired",
    "the certificate is not yet valid": "verify.problem.not_yet_valid",
    "the certificate is revoked": "verify.problem.revoked",
    "the certificate is not allowed for signing": "verify.problem.usage",
    "the signature uses an algorithm no longer accepted": "verify.problem.algorithm",
    "the document was changed after this signature": "verify.problem.changed_after",
    "the signature does not cover its whole revision": "verify.problem.partial",
    "the signature breaks the constraints of its field": "verify.problem.seed",
    "the .p7s file is not a CMS signature": "verify.problem.not_cms",
    "the signature cannot be checked": "verify.problem.unchecked",
}
