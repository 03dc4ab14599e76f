<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario añadido</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Usuario desactivado</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Usuario reactivado</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roles cambiados</translation>
    </message>
    <message>
        <source>Idle lock time changed</source>
        <translation>Tiempo de bloqueo por inactividad cambiado</translation>
    </message>
    <message>
        <source>Backups kept changed</source>
        <translation>Copias de seguridad conservadas cambiadas</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Informe creado</translation>
    </message>
    <message>
        <source>Report deleted</source>
        <translation>Informe eliminado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Report imported</source>
        <translation>Informe importado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Separation of duties relaxed</source>
        <translation>Separación de funciones flexibilizada</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Enviado a revisión</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Drafting resumed</source>
        <translation>Redacción reanudada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Transmission recorded</source>
        <translation>Transmisión registrada</translation>
    </message>
    <message>
        <source>Reverted to draft</source>
        <translation>Devuelto a borrador</translation>
    </message>
    <message>
        <source>Revision saved</source>
        <translation>Revisión guardada</translation>
    </message>
    <message>
        <source>Revision restored</source>
        <translation>Revisión restaurada</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Archivo adjuntado</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>Anexo quitado</translation>
    </message>
    <message>
        <source>Comment written</source>
        <translation>Comentario escrito</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>Comentario resuelto</translation>
    </message>
    <message>
        <source>Comment reopened</source>
        <translation>Comentario reabierto</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>Sugerencia aceptada</translation>
    </message>
    <message>
        <source>Suggestion rejected</source>
        <translation>Sugerencia rechazada</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>Paquete enviado</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>Paquete recibido</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de datos restaurada</translation>
    </message>
</context>
<context>
    <name>ActivityTagModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>medida %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>Usuarios y configuración</translation>
    </message>
    <message>
        <source>Reports and revisions</source>
        <translation>Informes y revisiones</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Ediciones</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Flujo de trabajo</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>se modificó su contenido</translation>
    </message>
    <message>
        <source>it does not follow the previous event</source>
        <translation>no sigue al evento anterior</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>falta el evento %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Tipo de acción</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>cualquier usuario</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>This &amp;report only</source>
        <translation>Solo este &amp;informe</translation>
    </message>
    <message>
        <source>This report only</source>
        <translation>Solo este informe</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check that no event was changed, removed or reordered since it was written, that the database file is sound and that saved revisions are intact.</source>
        <translation>Verifica que ningún evento se haya modificado, eliminado o reordenado desde que se registró, que el archivo de la base de datos esté en buen estado y que las revisiones guardadas estén intactas.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>The newest %1 events are shown; narrow the filters to see older ones.</source>
        <translation>Se muestran los %1 eventos más recientes; restrinja los filtros para ver los anteriores.</translation>
    </message>
    <message>
        <source>Events shown: %1</source>
        <translation>Eventos mostrados: %1</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(y %1 más)</translation>
    </message>
    <message>
        <source>Audit trail of %1 events verified; database sound.</source>
        <translation>Registro de auditoría de %1 eventos verificado; base de datos en buen estado.</translation>
    </message>
    <message>
        <source>Broken at event %1: %2</source>
        <translation>Registro interrumpido en el evento %1: %2</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>El archivo de la base de datos está dañado: %1</translation>
    </message>
    <message>
        <source>A saved revision was changed: %1</source>
        <translation>Se modificó una revisión guardada: %1</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Back &amp;up…</source>
        <translation>C&amp;opia de seguridad…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Resta&amp;urar desde una copia…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Database backups (%1);;All files (*)</source>
        <translation>Copias de seguridad (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>The database was copied to:
%1

SHA-256: %2</source>
        <translation>La base de datos se copió en:
%1

SHA-256: %2</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Copiando la base de datos…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>Replace the whole database with this backup?

%1
%n report(s); last recorded change: %3. Its audit trail and saved revisions were checked.

The current database is kept as a safety copy in %4.

Everyone then signs in again, with the accounts the backup holds.</source>
        <translation>
            <numerusform>¿Reemplazar toda la base de datos por esta copia de seguridad?

%1
%n informe; último cambio registrado: %3. Se comprobaron su registro de auditoría y sus revisiones guardadas.

La base de datos actual se conserva como copia de resguardo en %4.

Después todos vuelven a iniciar sesión, con las cuentas que contiene la copia.</numerusform>
            <numerusform>¿Reemplazar toda la base de datos por esta copia de seguridad?

%1
%n informes; último cambio registrado: %3. Se comprobaron su registro de auditoría y sus revisiones guardadas.

La base de datos actual se conserva como copia de resguardo en %4.

Después todos vuelven a iniciar sesión, con las cuentas que contiene la copia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de datos restaurada</translation>
    </message>
    <message>
        <source>The database was restored from:
%1

The database as it was before is kept in:
%2

Sign in again.</source>
        <translation>La base de datos se restauró desde:
%1

La base de datos tal como estaba antes se conserva en:
%2

Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Restaurando la base de datos…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data.</source>
        <translation>Sin datos.</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Recipients&apos; certificates</source>
        <translation>Certificados de los destinatarios</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Send comments back</source>
        <translation>Devolver los comentarios</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>The comments and suggestions on this report go into one file for the drafter&apos;s computer.</source>
        <translation>Los comentarios y sugerencias sobre este informe van en un solo archivo para el equipo del redactor.</translation>
    </message>
    <message>
        <source>The report, its attachments and its comments go into one file for a reviewer&apos;s computer. The working copy is saved as a revision first, so every comment says which revision it was made on.</source>
        <translation>El informe, sus anexos y sus comentarios van en un solo archivo para el equipo de un revisor. Antes se guarda la copia de trabajo como revisión, para que cada comentario indique sobre qué revisión se hizo.</translation>
    </message>
    <message>
        <source>Review bundles (*.csbmx)</source>
        <translation>Paquetes de revisión (*.csbmx)</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation>&amp;Sin firmar</translation>
    </message>
    <message>
        <source>&amp;Signed with a certificate file (.p12, .pfx)</source>
        <translation>&amp;Firmado con un archivo de certificado (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificados (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>required for a restricted report, unless a reason is given</source>
        <translation>obligatorio para un informe reservado, salvo que se indique un motivo</translation>
    </message>
    <message>
        <source>optional: the recipients&apos; certificates (.pem, .cer)</source>
        <translation>opcional: los certificados de los destinatarios (.pem, .cer)</translation>
    </message>
    <message>
        <source>Reason to send it unencrypted</source>
        <translation>Motivo para enviarlo sin cifrar</translation>
    </message>
    <message>
        <source>recorded in the audit trail</source>
        <translation>queda registrado en la auditoría</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>&amp;Escribir paquete</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>&amp;Encrypt to:</source>
        <translation>Cifrar &amp;para:</translation>
    </message>
    <message>
        <source>&amp;Reason to send it unencrypted:</source>
        <translation>&amp;Motivo para enviarlo sin cifrar:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase of the certificate:</source>
        <translation>Frase de contraseña del certificado:</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1, %n comment(s).</source>
        <translation>
            <numerusform>Revisión %1, %n comentario.</numerusform>
            <numerusform>Revisión %1, %n comentarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Firmado por %1.</translation>
    </message>
    <message>
        <source>Unsigned.</source>
        <translation>Sin firmar.</translation>
    </message>
    <message>
        <source>Encrypted to %1.</source>
        <translation>Cifrado para %1.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Sin cifrar.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a review bundle</source>
        <translation>Importar un paquete de revisión</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>Review bundles (*.csbmx)</source>
        <translation>Paquetes de revisión (*.csbmx)</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translation>Autoridad de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>optional: then only bundles signed under this CA are accepted</source>
        <translation>opcional: entonces solo se aceptan paquetes firmados bajo esta AC</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>Su clave</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Archivos de clave (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Passphrase of your key</source>
        <translation>Frase de contraseña de su clave</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>A&amp;brir el informe</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>&amp;Confianza:</translation>
    </message>
    <message>
        <source>Your &amp;key (.p12):</source>
        <translation>Su c&amp;lave (.p12):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>The bundle is not signed: make sure it came from who you expect.</source>
        <translation>El paquete no está firmado: asegúrese de que proviene de quien usted espera.</translation>
    </message>
    <message>
        <source>Signed by %1 (trusted).</source>
        <translation>Firmado por %1 (de confianza).</translation>
    </message>
    <message>
        <source>Signed by %1; the certificate was not checked against a trusted authority (SHA-256 %2).</source>
        <translation>Firmado por %1; el certificado no se comprobó contra una autoridad de confianza (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Nothing new: this bundle was already imported.</source>
        <translation>Nada nuevo: este paquete ya se había importado.</translation>
    </message>
    <message>
        <source>The report was added to this database.</source>
        <translation>El informe se añadió a esta base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s).</source>
        <translation>
            <numerusform>%n revisión nueva.</numerusform>
            <numerusform>%n revisiones nuevas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s).</source>
        <translation>
            <numerusform>%n comentario nuevo.</numerusform>
            <numerusform>%n comentarios nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are marked as from a bundle signed by %1.</source>
        <translation>Quedan marcados como procedentes de un paquete firmado por %1.</translation>
    </message>
    <message>
        <source>They are marked as from an unsigned bundle.</source>
        <translation>Quedan marcados como procedentes de un paquete sin firmar.</translation>
    </message>
    <message>
        <source>Authors with no account here: %1</source>
        <translation>Autores sin cuenta en esta base de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) claimed by the bundle wait for a reviewer here to confirm them.</source>
        <translation>
            <numerusform>%n resolución indicada por el paquete espera que un revisor de aquí la confirme.</numerusform>
            <numerusform>%n resoluciones indicadas por el paquete esperan que un revisor de aquí las confirme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) resolved or decided.</source>
        <translation>
            <numerusform>%n comentario resuelto o decidido.</numerusform>
            <numerusform>%n comentarios resueltos o decididos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) were made on an older revision:</source>
        <translation>
            <numerusform>%n comentario se hizo sobre una revisión anterior:</numerusform>
            <numerusform>%n comentarios se hicieron sobre una revisión anterior:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (revision %2)</source>
        <translation>• %1 (revisión %2)</translation>
    </message>
    <message>
        <source>unchanged since</source>
        <translation>sin cambios desde entonces</translation>
    </message>
</context>
<context>
    <name>CharacteristicPage</name>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>Activities that serve this characteristic</source>
        <translation>Actividades que contribuyen a esta característica</translation>
    </message>
    <message>
        <source>Tick an activity to link it to this characteristic; untick to unlink it.</source>
        <translation>Marque una actividad para vincularla a esta característica; desmárquela para desvincularla.</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filtrar actividades</translation>
    </message>
    <message>
        <source>Only &amp;linked</source>
        <translation>Solo &amp;vinculadas</translation>
    </message>
    <message>
        <source>Link activity</source>
        <translation>Vincular actividad</translation>
    </message>
    <message>
        <source>Unlink activity</source>
        <translation>Desvincular actividad</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activity(s)</source>
        <translation>
            <numerusform>%1 de %n actividad</numerusform>
            <numerusform>%1 de %n actividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Serving this characteristic: %1 under %2.</source>
        <translation>Sirven a esta característica: %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n medida</numerusform>
            <numerusform>%n medidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check &amp; submit</source>
        <translation>Verificar y enviar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Double-click a problem, or select it and press Enter, to go to the field.</source>
        <translation>Haga doble clic en un problema, o selecciónelo y pulse Intro, para ir al campo.</translation>
    </message>
    <message>
        <source>Save &amp;revision…</source>
        <translation>Guardar &amp;revisión…</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review…</source>
        <translation>&amp;Enviar a revisión…</translation>
    </message>
    <message>
        <source>No problems found: the report is complete and consistent.</source>
        <translation>No se encontraron problemas: el informe está completo y es coherente.</translation>
    </message>
    <message>
        <source>%1 % complete: %2 and %3. Errors must be fixed before the report can be approved; warnings are worth a look.</source>
        <translation>%1 % completo: %2 y %3. Los errores deben corregirse antes de que el informe pueda aprobarse; conviene revisar las advertencias.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Read the columns as…</source>
        <translation>Leer las columnas como…</translation>
    </message>
    <message>
        <source>Headings of sheet “%1”, row %2. Say what each column holds; a column left at “—” is not read. A measure column is needed.</source>
        <translation>Encabezados de la hoja «%1», fila %2. Indique qué contiene cada columna; una columna dejada en «—» no se lee. Se necesita una columna de medida.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&amp;Suggest a new value:</source>
        <translation>&amp;Sugerir un nuevo valor:</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage — {state}, {year}</source>
        <translation>Cobertura — {state}, {year}</translation>
    </message>
    <message>
        <source>Activities by characteristic</source>
        <translation>Actividades por característica</translation>
    </message>
    <message>
        <source>Activities serving each of the seven characteristics. One activity can serve several.</source>
        <translation>Actividades que contribuyen a cada una de las siete características. Una actividad puede contribuir a varias.</translation>
    </message>
    <message>
        <source>By characteristic</source>
        <translation>Por característica</translation>
    </message>
    <message>
        <source>Activities by measure</source>
        <translation>Actividades por medida</translation>
    </message>
    <message>
        <source>Activities reported under each measure of the catalogue.</source>
        <translation>Actividades informadas en cada medida del catálogo.</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>Por medida</translation>
    </message>
    <message>
        <source>Activities by characteristic and year</source>
        <translation>Actividades por característica y año</translation>
    </message>
    <message>
        <source>Activities serving each characteristic in the reports of {state}, year by year. For a year with several reports, the most recently updated one counts.</source>
        <translation>Actividades que contribuyen a cada característica en los informes de {state}, año por año. Si un año tiene varios informes, se tiene en cuenta el actualizado más recientemente.</translation>
    </message>
    <message>
        <source>This database has no report of {state} for another year, so only this report ({year}) is shown. Earlier reports of {state} would appear here, year by year, next to this one.</source>
        <translation>Esta base de datos no contiene ningún informe de {state} de otro año, por lo que solo se muestra este informe ({year}). Los informes anteriores de {state} aparecerían aquí, año por año, junto a este.</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Evolución anual</translation>
    </message>
    <message>
        <source>{year} (this report)</source>
        <translation>{year} (este informe)</translation>
    </message>
    <message>
        <source>{activities} activities. {answered} of {total} measures answered (a status or “nothing to report”): {percent}%.</source>
        <translation>{activities} actividades. {answered} de {total} medidas respondidas (una situación o “nada que informar”): {percent} %.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database %1 is already open in CSBM Desktop on this computer (process %2).</source>
        <translation>La base de datos %1 ya está abierta en CSBM Desktop en este equipo (proceso %2).</translation>
    </message>
    <message>
        <source>The database %1 is already open in CSBM Desktop on the computer %3 (process %2).</source>
        <translation>La base de datos %1 ya está abierta en CSBM Desktop en el equipo %3 (proceso %2).</translation>
    </message>
    <message>
        <source>Only one window at a time can work on a database, so that neither overwrites the other&apos;s changes. Switch to that window, or close it and try again, or open another database.</source>
        <translation>Solo una ventana a la vez puede trabajar en una base de datos, para que ninguna sobrescriba los cambios de la otra. Cambie a esa ventana, o ciérrela y vuelva a intentarlo, o abra otra base de datos.</translation>
    </message>
    <message>
        <source>If CSBM Desktop is no longer running on %1, delete the file %2 and try again.</source>
        <translation>Si CSBM Desktop ya no se está ejecutando en %1, elimine el archivo %2 y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>Base de datos ya abierta</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>A final report is exported signed. Any other report leaves as a review copy marked DRAFT, unsigned.</source>
        <translation>Un informe final se exporta firmado. Cualquier otro informe sale como copia de revisión marcada BORRADOR, sin firmar.</translation>
    </message>
    <message>
        <source>The report is final: sign the PDF as the preparer and then as the authorising officer.</source>
        <translation>El informe es final: firme el PDF como quien preparó el informe y luego como la autoridad que autoriza.</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Workbook (Excel)</source>
        <translation>&amp;Libro (Excel)</translation>
    </message>
    <message>
        <source>&amp;Transmission package (.zip)</source>
        <translation>Pa&amp;quete de transmisión (.zip)</translation>
    </message>
    <message>
        <source>Include sensitive &amp;answers (cleared)</source>
        <translation>I&amp;ncluir las respuestas sensibles (validadas)</translation>
    </message>
    <message>
        <source>This report is marked public: answers to the questions marked sensitive are left out of the files unless you include them, once they have been cleared.</source>
        <translation>Este informe está marcado como público: las respuestas a las preguntas marcadas como sensibles se omiten de los archivos salvo que usted las incluya, una vez validadas.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation>&amp;Sin firma</translation>
    </message>
    <message>
        <source>Certificate f&amp;iles (.p12, .pfx)</source>
        <translation>&amp;Archivos de certificado (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Smart &amp;card (PKCS#11)</source>
        <translation>&amp;Tarjeta inteligente (PKCS#11)</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificados (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Preparer&apos;s certificate</source>
        <translation>Certificado de quien preparó el informe</translation>
    </message>
    <message>
        <source>Authorising officer&apos;s certificate</source>
        <translation>Certificado de la autoridad que autoriza</translation>
    </message>
    <message>
        <source>PKCS#11 library</source>
        <translation>Biblioteca PKCS#11</translation>
    </message>
    <message>
        <source>Libraries (*.so *.dll *.dylib)</source>
        <translation>Bibliotecas (*.so *.dll *.dylib)</translation>
    </message>
    <message>
        <source>Token label</source>
        <translation>Etiqueta del token</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Etiqueta de la clave</translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation>Quien preparó el informe:</translation>
    </message>
    <message>
        <source>Authorising officer:</source>
        <translation>Autoridad que autoriza:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Biblioteca:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Long-term validation (optional)</source>
        <translation>Validación a largo plazo (opcional)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Revocation lists (CRL files)</source>
        <translation>Listas de revocación (archivos CRL)</translation>
    </message>
    <message>
        <source>Several files are separated by ;</source>
        <translation>Varios archivos se separan con ;</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem)</source>
        <translation>CRL (*.crl *.pem)</translation>
    </message>
    <message>
        <source>Time-stamp authority (URL)</source>
        <translation>Autoridad de sellado de tiempo (URL)</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado de la CA:</translation>
    </message>
    <message>
        <source>Revocation lists:</source>
        <translation>Listas de revocación:</translation>
    </message>
    <message>
        <source>Time-stamp authority:</source>
        <translation>Autoridad de sellado de tiempo:</translation>
    </message>
    <message>
        <source>the preparer</source>
        <translation>quien preparó el informe</translation>
    </message>
    <message>
        <source>the authorising officer</source>
        <translation>la autoridad que autoriza</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase of the certificate of %1:</source>
        <translation>Frase de contraseña del certificado de %1:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN of the card:</source>
        <translation>PIN de la tarjeta:</translation>
    </message>
    <message>
        <source>These files exist already. Replace them?</source>
        <translation>Estos archivos ya existen. ¿Reemplazarlos?</translation>
    </message>
    <message>
        <source>The same certificate would sign as the preparer and as the authorising officer. Why? (recorded in the audit trail)</source>
        <translation>El mismo certificado firmaría como preparador y como autoridad que autoriza. ¿Por qué? (queda registrado en la auditoría)</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Archivos exportados:</translation>
    </message>
    <message>
        <source>Document %1, content SHA-256 %2</source>
        <translation>Documento %1, SHA-256 del contenido %2</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Firmado por %1</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>cut to the most this field holds</source>
        <translation>recortado a lo máximo que admite este campo</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Borrar fecha</translation>
    </message>
    <message>
        <source>DD</source>
        <comment>day, in a date pattern</comment>
        <translation>DD</translation>
    </message>
    <message>
        <source>MM</source>
        <comment>month, in a date pattern</comment>
        <translation>MM</translation>
    </message>
    <message>
        <source>YYYY</source>
        <comment>year, in a date pattern</comment>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>There is no such date; check the day and the month. Not saved.</source>
        <translation>Esa fecha no existe; revise el día y el mes. No se ha guardado.</translation>
    </message>
    <message>
        <source>Not a whole date: type the day, the month and the year in full (%1). Not saved.</source>
        <translation>Fecha incompleta: escriba el día, el mes y el año completo (%1). No se ha guardado.</translation>
    </message>
    <message>
        <source>%1 is too large: enter a whole number from 0 to %2. Not saved.</source>
        <translation>%1 es demasiado grande: escriba un número entero de 0 a %2. No se ha guardado.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1” alone; the field is unchanged.</source>
        <translation>Ninguna entrada de la lista corresponde por sí sola a «%1»; el campo no se ha cambiado.</translation>
    </message>
    <message>
        <source>Type a state&apos;s name to add it…</source>
        <translation>Escriba el nombre de un Estado para agregarlo…</translation>
    </message>
    <message>
        <source>No single state matches “%1”; type more of its name.</source>
        <translation>Ningún Estado corresponde por sí solo a «%1»; escriba más letras de su nombre.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Open comments: %1</source>
        <translation>Comentarios abiertos: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Crear el administrador</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator, who will add the other users (drafters, reviewers, the authorising officer, clerks). In a small office one person may hold several roles.</source>
        <translation>Esta base de datos aún no tiene cuentas. Cree el administrador, que agregará a los demás usuarios (redactores, revisores, la autoridad que autoriza, oficiales de registro). En una oficina pequeña, una misma persona puede tener varios roles.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre c&amp;ompleto:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember.</source>
        <translation>
            <numerusform>Al menos %n carácter; una frase corta es fácil de recordar.</numerusform>
            <numerusform>Al menos %n caracteres; una frase corta es fácil de recordar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>FormInstall</name>
    <message>
        <source>Install form version</source>
        <translation>Instalar versión del formulario</translation>
    </message>
    <message>
        <source>Form files (*.yaml *.yml)</source>
        <translation>Archivos de formulario (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Form version %1 is installed: new reports use it, started ones keep theirs.</source>
        <translation>La versión %1 del formulario está instalada: los informes nuevos la usan; los ya iniciados conservan la suya.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help for the field you are in appears here. Move through the form with Tab; the steps on the left show where something is missing.</source>
        <translation>Aquí aparece la ayuda del campo en el que se encuentra. Desplácese por el formulario con Tab; los pasos de la izquierda indican dónde falta información.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Situación de implementación</translation>
    </message>
    <message>
        <source>Say whether the measure was implemented in the period, partly, not at all, or does not apply to your state. Tick “Nothing to report” to say so explicitly; a measure marked implemented needs at least one activity.</source>
        <translation>Indique si la medida se implementó en el período, parcialmente, no se implementó o no se aplica a su Estado. Marque “Nada que informar” para indicarlo expresamente; una medida marcada como implementada requiere al menos una actividad.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the report</source>
        <translation>Historial del informe</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Copia de trabajo</translation>
    </message>
    <message>
        <source>last changed %1 by %2</source>
        <translation>último cambio: %1, por %2</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>c&amp;on</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>&amp;Restore this revision…</source>
        <translation>&amp;Restaurar esta revisión…</translation>
    </message>
    <message>
        <source>You cannot restore a revision of this report.</source>
        <translation>No puede restaurar una revisión de este informe.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Revisión %1 (%2)</translation>
    </message>
    <message>
        <source>the working copy</source>
        <translation>la copia de trabajo</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>la revisión %1</translation>
    </message>
    <message>
        <source>No revision has been saved yet. Save one from the check step to keep a version you can come back to.</source>
        <translation>Todavía no se ha guardado ninguna revisión. Guarde una desde el paso de verificación para conservar una versión a la que pueda volver.</translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation>Elija dos versiones distintas para compararlas.</translation>
    </message>
    <message>
        <source>No changes from %1 to %2.</source>
        <translation>Sin cambios entre %1 y %2.</translation>
    </message>
    <message>
        <source>1 change from %2 to %3.</source>
        <translation>1 cambio entre %2 y %3.</translation>
    </message>
    <message>
        <source>%1 changes from %2 to %3.</source>
        <translation>%1 cambios entre %2 y %3.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Restaurar revisión</translation>
    </message>
    <message>
        <source>Replace the working copy with the content of revision %1?

Saved revisions stay as they are; whatever the working copy holds now and was not saved as a revision is replaced.</source>
        <translation>¿Reemplazar la copia de trabajo por el contenido de la revisión %1?

Las revisiones guardadas no cambian; lo que la copia de trabajo contiene ahora y no se guardó como revisión se reemplaza.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Workbook not imported</source>
        <translation>Libro no importado</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n problem(s). Fix them in the workbook and import it again.</source>
        <translation>
            <numerusform>No se importó nada de %1: tiene %n problema. Corríjalo en el libro e impórtelo de nuevo.</numerusform>
            <numerusform>No se importó nada de %1: tiene %n problemas. Corríjalos en el libro e impórtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Nota: </translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copiar la lista</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>&amp;Asignar columnas…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nuevo informe…</translation>
    </message>
    <message>
        <source>Open a &amp;demo report</source>
        <translation>Abrir un informe de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation>&amp;Cerrar informe</translation>
    </message>
    <message>
        <source>&amp;Save revision…</source>
        <translation>&amp;Guardar revisión…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Exportar como JSON…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importar desde JSON…</translation>
    </message>
    <message>
        <source>Install &amp;form version…</source>
        <translation>Instalar versión del &amp;formulario…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Agregar actividad</translation>
    </message>
    <message>
        <source>&amp;Delete activity</source>
        <translation>&amp;Eliminar actividad</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Paso &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Check report</source>
        <translation>&amp;Verificar informe</translation>
    </message>
    <message>
        <source>C&amp;overage chart…</source>
        <translation>Gráfico de &amp;cobertura…</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Revisiones…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About CSBM Desktop</source>
        <translation>&amp;Acerca de CSBM Desktop</translation>
    </message>
    <message>
        <source>&amp;Help panel</source>
        <translation>&amp;Panel de ayuda</translation>
    </message>
    <message>
        <source>&amp;Step list</source>
        <translation>&amp;Lista de pasos</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir otra base de datos</translation>
    </message>
    <message>
        <source>CSBM Desktop databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de CSBM Desktop (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No account yet: nothing can be opened.</source>
        <translation>Aún no hay ninguna cuenta: no se puede abrir nada.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>CSBM Desktop was not closed properly last time (a crash or a power cut). Your reports are as they were at the last automatic save, a few seconds before it stopped.</source>
        <translation>CSBM Desktop no se cerró correctamente la última vez (un fallo o un corte de energía). Sus informes están como estaban en el último guardado automático, unos segundos antes de la interrupción.</translation>
    </message>
    <message>
        <source>Copied forward</source>
        <translation>Copiado del informe anterior</translation>
    </message>
    <message>
        <source>Form version %1 has no place for these; re-enter them if needed:</source>
        <translation>La versión %1 del formulario no tiene lugar para estos elementos; vuelva a ingresarlos si es necesario:</translation>
    </message>
    <message>
        <source>Creating a demo report…</source>
        <translation>Creando un informe de demostración…</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>The last changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>No se pudieron guardar los últimos cambios:
%1

¿Cerrar de todos modos y perderlos?</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Eliminar informe</translation>
    </message>
    <message>
        <source>Delete this draft report and all its activities and attachments? This cannot be undone.</source>
        <translation>¿Eliminar este borrador de informe y todas sus actividades y anexos? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <source>Describe this revision (for example “sent to the legal office”):</source>
        <translation>Describa esta revisión (por ejemplo, “enviada a la oficina jurídica”):</translation>
    </message>
    <message>
        <source>Revision %1 saved.</source>
        <translation>Revisión %1 guardada.</translation>
    </message>
    <message>
        <source>No revision saved yet. Use File › Save revision (Ctrl+S).</source>
        <translation>Aún no se ha guardado ninguna revisión. Use Archivo › Guardar revisión (Ctrl+S).</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Report files (*.json)</source>
        <translation>Archivos de informe (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importar informe</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Todos los cambios guardados (%1)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>About CSBM Desktop</source>
        <translation>Acerca de CSBM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSBM Desktop %1&lt;/h3&gt;&lt;p&gt;Prepare, review and export the annual report on confidence- and security-building measures to the OAS. Works entirely offline.&lt;/p&gt;&lt;p&gt;Form and catalogue: %2&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSBM Desktop %1&lt;/h3&gt;&lt;p&gt;Prepare, revise y exporte el informe anual a la OEA sobre medidas de fomento de la confianza y la seguridad. Funciona completamente sin conexión.&lt;/p&gt;&lt;p&gt;Formulario y catálogo: %2&lt;/p&gt;&lt;p&gt;Base de datos: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>OAS: %1 (2009 list) · %2 (online)</source>
        <translation>OEA: %1 (lista de 2009) · %2 (en línea)</translation>
    </message>
    <message>
        <source>The form&apos;s own number; the OAS&apos;s numbers are under each title</source>
        <translation>El número propio del formulario; los números de la OEA figuran bajo cada título</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Nada que informar</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Search measures</source>
        <translation>Buscar medidas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Situación de implementación</translation>
    </message>
    <message>
        <source>&amp;Nothing to report</source>
        <translation>&amp;Nada que informar</translation>
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation>&amp;Situación de implementación:</translation>
    </message>
    <message>
        <source>Narrative on the measure</source>
        <translation>Relato sobre la medida</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Narrati&amp;ve:</source>
        <translation>Rela&amp;to:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Activities of this measure</source>
        <translation>Actividades de esta medida</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Agregar actividad</translation>
    </message>
    <message>
        <source>De&amp;lete activity</source>
        <translation>&amp;Eliminar actividad</translation>
    </message>
    <message>
        <source>Select an activity, or add one, to edit it here.</source>
        <translation>Seleccione una actividad, o agregue una, para editarla aquí.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Change measure status</source>
        <translation>Cambiar la situación de la medida</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Archivo demasiado grande</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar anexo</translation>
    </message>
    <message>
        <source>Remove this attachment from the activity? Saved revisions keep their copy.</source>
        <translation>¿Quitar este anexo de la actividad? Las revisiones guardadas conservan su copia.</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Nada que informar</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <source>&amp;Copy forward from an earlier report</source>
        <translation>&amp;Copiar de un informe anterior</translation>
    </message>
    <message>
        <source>Reporting state</source>
        <translation>Estado informante</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Año del informe</translation>
    </message>
    <message>
        <source>Report to copy from</source>
        <translation>Informe de origen</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>Copying brings last year&apos;s contacts, measure statuses, answers and activities. Every copied activity keeps its old dates, so the check lists each one until you have reviewed it.</source>
        <translation>La copia trae los contactos, la situación de las medidas, las respuestas y las actividades del año anterior. Cada actividad copiada conserva sus fechas anteriores, por lo que la verificación la señala hasta que usted la haya revisado.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>There can be no report for %1: enter a year from %2 to %3.</source>
        <translation>No puede haber un informe para %1: escriba un año de %2 a %3.</translation>
    </message>
    <message>
        <source>No single state matches “%1”: type more of its name, or pick it from the list.</source>
        <translation>Ningún Estado corresponde por sí solo a «%1»: escriba más letras de su nombre o elíjalo en la lista.</translation>
    </message>
    <message>
        <source>OAS deadline: %1</source>
        <translation>Plazo de la OEA: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1, %2 · form %3 %4 · OAS deadline %5</source>
        <translation>%1, %2 · formulario %3 %4 · plazo de la OEA %5</translation>
    </message>
    <message numerus="yes">
        <source>(in %n day(s))</source>
        <translation>
            <numerusform>(en %n día)</numerusform>
            <numerusform>(en %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) late)</source>
        <translation>
            <numerusform>(%n día de retraso)</numerusform>
            <numerusform>(%n días de retraso)</numerusform>
        </translation>
    </message>
    <message>
        <source>This report was copied forward from an earlier one. Re-check every copied activity: its dates, partners and outcome belong to last year until you change them. The check step lists each one still dated outside this period.</source>
        <translation>Este informe se copió de uno anterior. Vuelva a verificar cada actividad copiada: sus fechas, socios y resultados corresponden al año anterior hasta que los modifique. El paso de verificación señala cada una que aún tenga fechas fuera de este período.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Check &amp; submit</source>
        <translation>Verificar y enviar</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>This report is %1 and can no longer be edited.</source>
        <translation>Este informe (%1) ya no se puede editar.</translation>
    </message>
    <message>
        <source>You may read this report and comment on it; only a drafter can change it.</source>
        <translation>Puede leer este informe y comentarlo; solo un redactor puede modificarlo.</translation>
    </message>
    <message numerus="yes">
        <source>(%n open comment(s))</source>
        <translation>
            <numerusform>(%n comentario abierto)</numerusform>
            <numerusform>(%n comentarios abiertos)</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>tiene advertencias</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>tiene errores</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>editar %1</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Agregar actividad</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Eliminar actividad</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Deadlines for the %1 reports</source>
        <translation>Plazos de los informes sobre %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>OAS deadline</source>
        <translation>Plazo de la OEA</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nuevo informe…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (en %n día)</numerusform>
            <numerusform>%1 (en %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n día de retraso)</numerusform>
            <numerusform>%1 (%n días de retraso)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>S&amp;ubmit for review…</source>
        <translation>&amp;Enviar a revisión…</translation>
    </message>
    <message>
        <source>Request chan&amp;ges</source>
        <translation>&amp;Solicitar cambios</translation>
    </message>
    <message>
        <source>Resume &amp;drafting</source>
        <translation>Reanudar re&amp;dacción</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Finalise (lock)</source>
        <translation>&amp;Finalizar (bloquear)</translation>
    </message>
    <message>
        <source>Record &amp;transmission…</source>
        <translation>Registrar &amp;transmisión…</translation>
    </message>
    <message>
        <source>&amp;Revert to draft…</source>
        <translation>Volver a &amp;borrador…</translation>
    </message>
    <message>
        <source>&amp;History and differences…</source>
        <translation>&amp;Historial y diferencias…</translation>
    </message>
    <message>
        <source>Co&amp;mment on this field…</source>
        <translation>Co&amp;mentar este campo…</translation>
    </message>
    <message>
        <source>Re&amp;lax separation of duties…</source>
        <translation>F&amp;lexibilizar la separación de funciones…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>E&amp;xport PDF and workbook…</source>
        <translation>Exportar &amp;PDF y libro…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed file…</source>
        <translation>&amp;Verificar un archivo firmado…</translation>
    </message>
    <message>
        <source>Review &amp;bundles</source>
        <translation>Pa&amp;quetes de revisión</translation>
    </message>
    <message>
        <source>Send for &amp;review (bundle)…</source>
        <translation>Enviar a &amp;revisión (paquete)…</translation>
    </message>
    <message>
        <source>Send &amp;comments back (bundle)…</source>
        <translation>Devolver los &amp;comentarios (paquete)…</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importar un paquete…</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>&amp;Administración</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>&amp;Review panel</source>
        <translation>Panel de &amp;revisión</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situación: %1</translation>
    </message>
    <message>
        <source>Separation of duties relaxed by %1: %2</source>
        <translation>Separación de funciones flexibilizada por %1: %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>A note for the reviewers (optional):</source>
        <translation>Una nota para los revisores (opcional):</translation>
    </message>
    <message>
        <source>Revert to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <source>Why must this report be changed again? The reason is recorded.</source>
        <translation>¿Por qué debe modificarse de nuevo este informe? El motivo queda registrado.</translation>
    </message>
    <message>
        <source>Approve this report? It then goes to the authorising officer.</source>
        <translation>¿Aprobar este informe? A continuación pasará a la autoridad que autoriza.</translation>
    </message>
    <message>
        <source>Finalise this report? It is locked against any change.</source>
        <translation>¿Finalizar este informe? Quedará bloqueado contra cualquier cambio.</translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation>Nueva situación del informe: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report still has %n error(s). Submit it for review anyway?</source>
        <translation>
            <numerusform>Este informe aún tiene %n error. ¿Enviarlo a revisión de todos modos?</numerusform>
            <numerusform>Este informe aún tiene %n errores. ¿Enviarlo a revisión de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Relax separation of duties</source>
        <translation>Flexibilizar la separación de funciones</translation>
    </message>
    <message>
        <source>Allow someone who edited this report to approve it (for example, an office of two). Why? The reason is recorded and shown on the report.</source>
        <translation>Permitir que alguien que modificó este informe lo apruebe (por ejemplo, en una oficina de dos personas). ¿Por qué? El motivo queda registrado y se muestra en el informe.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Repita la nueva contraseña:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Hilos abiertos</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Todos los hilos</translation>
    </message>
    <message>
        <source>My threads</source>
        <translation>Mis hilos</translation>
    </message>
    <message>
        <source>Threads on this step</source>
        <translation>Hilos de este paso</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Comentar…</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Recha&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>&amp;Ir al campo</translation>
    </message>
    <message>
        <source>(no such user here)</source>
        <translation>(usuario inexistente aquí)</translation>
    </message>
    <message>
        <source>From a bundle signed by %1.</source>
        <translation>De un paquete firmado por %1.</translation>
    </message>
    <message>
        <source>From an unsigned bundle.</source>
        <translation>De un paquete sin firmar.</translation>
    </message>
    <message>
        <source>Resolved by %1 according to the bundle; a reviewer here must confirm it (Resolve).</source>
        <translation>Resuelto por %1 según el paquete; un revisor de aquí debe confirmarlo (Resolver).</translation>
    </message>
    <message>
        <source>Made on revision %1; the report is now at revision %2.</source>
        <translation>Hecho sobre la revisión %1; el informe está ahora en la revisión %2.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Suggests: %1 (%2)</source>
        <translation>Sugiere: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Drafter</source>
        <translation>Redactor</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Authorising officer</source>
        <translation>Autoridad que autoriza</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Oficial de registro</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Session locked</source>
        <translation>Sesión bloqueada</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The session was locked after a period without activity. Enter your password to continue.</source>
        <translation>La sesión se bloqueó tras un período de inactividad. Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Sign in with your CSBM Desktop account.</source>
        <translation>Inicie sesión con su cuenta de CSBM Desktop.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TransmissionDialog</name>
    <message>
        <source>Record transmission</source>
        <translation>Registrar la transmisión</translation>
    </message>
    <message>
        <source>Record how and when the final report was sent to the OAS. The record goes into the report&apos;s history and the audit trail.</source>
        <translation>Registre cómo y cuándo se envió el informe final a la OEA. El registro se incorpora al historial del informe y al registro de auditoría.</translation>
    </message>
    <message>
        <source>Diplomatic pouch</source>
        <translation>Valija diplomática</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>OAS portal</source>
        <translation>Portal de la OEA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>e.g. note verbale no. 123/2026</source>
        <translation>p. ej. nota verbal n.º 123/2026</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Enviado por:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>at least %1 characters</source>
        <translation>al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>for signing in, without spaces</source>
        <translation>para iniciar sesión, sin espacios</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>full name, optional</source>
        <translation>nombre completo, opcional</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre para &amp;mostrar:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roles de %1</translation>
    </message>
    <message>
        <source>What %1 may do:</source>
        <translation>Lo que %1 puede hacer:</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>Choose a new password and give it to %1 in person. It also unlocks the account.</source>
        <translation>Elija una nueva contraseña y entréguesela a %1 en persona. También desbloquea la cuenta.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <source>&amp;Lock the session after %1 minutes idle</source>
        <translation>&amp;Bloquear la sesión tras %1 minutos de inactividad</translation>
    </message>
    <message>
        <source>Minutes idle before the session locks</source>
        <translation>Minutos de inactividad antes de que se bloquee la sesión</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Accept only si&amp;gned review bundles</source>
        <translation>Aceptar solo paquetes de revisión &amp;firmados</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitada</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueada hasta el %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Cuenta %1 agregada.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Roles de %1 modificados.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nueva contraseña establecida para %1.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Cuenta %1 habilitada.</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>Cuenta %1 deshabilitada: ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Unsigned review bundles are now refused.</source>
        <translation>Ahora se rechazan los paquetes de revisión sin firmar.</translation>
    </message>
    <message>
        <source>Unsigned review bundles are accepted again (and say so).</source>
        <translation>Los paquetes de revisión sin firmar vuelven a aceptarse (y se indica que no están firmados).</translation>
    </message>
    <message>
        <source>Sessions now lock after %1 minutes idle.</source>
        <translation>Las sesiones se bloquean ahora tras %1 minutos de inactividad.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed file</source>
        <translation>Verificar un archivo firmado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Signed files (*.pdf *.zip *.xlsx *.p7s)</source>
        <translation>Archivos firmados (*.pdf *.zip *.xlsx *.p7s)</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translation>Autoridad de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>Autoridad de &amp;confianza:</translation>
    </message>
    <message>
        <source>Valid and trusted.</source>
        <translation>Válido y de confianza.</translation>
    </message>
    <message>
        <source>NOT verified: see the findings below.</source>
        <translation>NO verificado: consulte los hallazgos a continuación.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CSBM Desktop</source>
        <translation>Le damos la bienvenida a CSBM Desktop</translation>
    </message>
    <message>
        <source>Prepare your country&apos;s annual report to the OAS on confidence- and security-building measures, step by step through the seven characteristics. Everything stays on this computer.</source>
        <translation>Prepare el informe anual de su país a la OEA sobre medidas de fomento de la confianza y la seguridad, paso a paso a través de las siete características. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nuevo informe…</translation>
    </message>
    <message>
        <source>Open a &amp;demo report</source>
        <translation>Abrir un informe de &amp;demostración</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <source>Open a demo report</source>
        <translation>Abrir un informe de demostración</translation>
    </message>
</context>
<context>
    <name>WorkbookImportController</name>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>Importar &amp;libro…</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Importar libro</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Workbook imported as a new draft: %1 activities.</source>
        <translation>Libro importado como nuevo borrador: %1 actividades.</translation>
    </message>
    <message>
        <source>Whose report is this workbook?</source>
        <translation>¿De qué informe es este libro?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>%1 has no row of column headings to map.</source>
        <translation>%1 no tiene una fila de encabezados de columna que asignar.</translation>
    </message>
</context>
</TS>
