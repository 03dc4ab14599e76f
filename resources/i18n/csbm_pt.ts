<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>Signed in</source>
        <translation>Sessão iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Falha ao entrar</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Conta bloqueada</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuário adicionado</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Usuário desativado</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Usuário reativado</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Senha alterada</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Senha redefinida</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Papéis alterados</translation>
    </message>
    <message>
        <source>Idle lock time changed</source>
        <translation>Tempo de bloqueio por inatividade alterado</translation>
    </message>
    <message>
        <source>Backups kept changed</source>
        <translation>Cópias de segurança mantidas alteradas</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Relatório criado</translation>
    </message>
    <message>
        <source>Report deleted</source>
        <translation>Relatório excluído</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Report imported</source>
        <translation>Relatório importado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Separation of duties relaxed</source>
        <translation>Separação de funções flexibilizada</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Enviado para revisão</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Alterações solicitadas</translation>
    </message>
    <message>
        <source>Drafting resumed</source>
        <translation>Redação retomada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Transmission recorded</source>
        <translation>Transmissão registrada</translation>
    </message>
    <message>
        <source>Reverted to draft</source>
        <translation>Devolvido a rascunho</translation>
    </message>
    <message>
        <source>Revision saved</source>
        <translation>Revisão salva</translation>
    </message>
    <message>
        <source>Revision restored</source>
        <translation>Revisão restaurada</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Arquivo anexado</translation>
    </message>
    <message>
        <source>Attachment removed</source>
        <translation>Anexo removido</translation>
    </message>
    <message>
        <source>Comment written</source>
        <translation>Comentário escrito</translation>
    </message>
    <message>
        <source>Comment resolved</source>
        <translation>Comentário resolvido</translation>
    </message>
    <message>
        <source>Comment reopened</source>
        <translation>Comentário reaberto</translation>
    </message>
    <message>
        <source>Suggestion accepted</source>
        <translation>Sugestão aceita</translation>
    </message>
    <message>
        <source>Suggestion rejected</source>
        <translation>Sugestão rejeitada</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>Pacote enviado</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>Pacote recebido</translation>
    </message>
    <message>
        <source>Database backed up</source>
        <translation>Cópia de segurança do banco de dados</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Banco de dados restaurado</translation>
    </message>
</context>
<context>
    <name>ActivityTagModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
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
        <translation>Todas as ações</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Acesso ao sistema</translation>
    </message>
    <message>
        <source>Users and settings</source>
        <translation>Usuários e configurações</translation>
    </message>
    <message>
        <source>Reports and revisions</source>
        <translation>Relatórios e revisões</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Edições</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Fluxo de trabalho</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportações</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>its content was changed</source>
        <translation>seu conteúdo foi alterado</translation>
    </message>
    <message>
        <source>it does not follow the previous event</source>
        <translation>não segue o evento anterior</translation>
    </message>
    <message>
        <source>event %1 is missing</source>
        <translation>falta o evento %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trilha de auditoria</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Tipo de ação</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Exibir:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>qualquer usuário</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>This &amp;report only</source>
        <translation>Somente este &amp;relatório</translation>
    </message>
    <message>
        <source>This report only</source>
        <translation>Somente este relatório</translation>
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
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check that no event was changed, removed or reordered since it was written, that the database file is sound and that saved revisions are intact.</source>
        <translation>Verifica se nenhum evento foi alterado, removido ou reordenado desde que foi registrado, se o arquivo do banco de dados está íntegro e se as revisões salvas estão intactas.</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>The newest %1 events are shown; narrow the filters to see older ones.</source>
        <translation>São exibidos os %1 eventos mais recentes; restrinja os filtros para ver os mais antigos.</translation>
    </message>
    <message>
        <source>Events shown: %1</source>
        <translation>Eventos exibidos: %1</translation>
    </message>
    <message>
        <source>(+%1 more)</source>
        <translation>(e mais %1)</translation>
    </message>
    <message>
        <source>Audit trail of %1 events verified; database sound.</source>
        <translation>Trilha de auditoria de %1 eventos verificada; banco de dados íntegro.</translation>
    </message>
    <message>
        <source>Broken at event %1: %2</source>
        <translation>Trilha rompida no evento %1: %2</translation>
    </message>
    <message>
        <source>The database file is damaged: %1</source>
        <translation>O arquivo do banco de dados está danificado: %1</translation>
    </message>
    <message>
        <source>A saved revision was changed: %1</source>
        <translation>Uma revisão salva foi alterada: %1</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>Back &amp;up…</source>
        <translation>Cópia de se&amp;gurança…</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Resta&amp;urar a partir de uma cópia…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Cópia de segurança da base de dados</translation>
    </message>
    <message>
        <source>Database backups (%1);;All files (*)</source>
        <translation>Cópias de segurança (%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>Cópia de segurança gravada em %1</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Cópia de segurança feita</translation>
    </message>
    <message>
        <source>The database was copied to:
%1

SHA-256: %2</source>
        <translation>A base de dados foi copiada para:
%1

SHA-256: %2</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Copiando a base de dados…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Verificando a cópia de segurança…</translation>
    </message>
    <message numerus="yes">
        <source>Replace the whole database with this backup?

%1
%n report(s); last recorded change: %3. Its audit trail and saved revisions were checked.

The current database is kept as a safety copy in %4.

Everyone then signs in again, with the accounts the backup holds.</source>
        <translation>
            <numerusform>Substituir toda a base de dados por esta cópia de segurança?

%1
%n relatório; última alteração registrada: %3. O registro de auditoria e as revisões gravadas foram verificados.

A base de dados atual é mantida como cópia de resguardo em %4.

Depois todos entram de novo, com as contas que a cópia contém.</numerusform>
            <numerusform>Substituir toda a base de dados por esta cópia de segurança?

%1
%n relatórios; última alteração registrada: %3. O registro de auditoria e as revisões gravadas foram verificados.

A base de dados atual é mantida como cópia de resguardo em %4.

Depois todos entram de novo, com as contas que a cópia contém.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Base de dados restaurada</translation>
    </message>
    <message>
        <source>The database was restored from:
%1

The database as it was before is kept in:
%2

Sign in again.</source>
        <translation>A base de dados foi restaurada a partir de:
%1

A base de dados como estava antes é mantida em:
%2

Entre novamente.</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Restaurando a base de dados…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No data.</source>
        <translation>Sem dados.</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Recipients&apos; certificates</source>
        <translation>Certificados dos destinatários</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Send comments back</source>
        <translation>Devolver os comentários</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Enviar para revisão</translation>
    </message>
    <message>
        <source>The comments and suggestions on this report go into one file for the drafter&apos;s computer.</source>
        <translation>Os comentários e sugestões sobre este relatório vão num único arquivo para o computador do redator.</translation>
    </message>
    <message>
        <source>The report, its attachments and its comments go into one file for a reviewer&apos;s computer. The working copy is saved as a revision first, so every comment says which revision it was made on.</source>
        <translation>O relatório, os seus anexos e os seus comentários vão num único arquivo para o computador de um revisor. Antes, a cópia de trabalho é gravada como revisão, para que cada comentário indique sobre que revisão foi feito.</translation>
    </message>
    <message>
        <source>Review bundles (*.csbmx)</source>
        <translation>Pacotes de revisão (*.csbmx)</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Arquivo do pacote</translation>
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation>&amp;Sem assinatura</translation>
    </message>
    <message>
        <source>&amp;Signed with a certificate file (.p12, .pfx)</source>
        <translation>Assi&amp;nado com um arquivo de certificado (.p12, .pfx)</translation>
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
        <translation>obrigatório para um relatório reservado, salvo se um motivo for informado</translation>
    </message>
    <message>
        <source>optional: the recipients&apos; certificates (.pem, .cer)</source>
        <translation>opcional: os certificados dos destinatários (.pem, .cer)</translation>
    </message>
    <message>
        <source>Reason to send it unencrypted</source>
        <translation>Motivo para enviá-lo sem cifrar</translation>
    </message>
    <message>
        <source>recorded in the audit trail</source>
        <translation>fica registrado na auditoria</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>&amp;Gravar pacote</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>&amp;Encrypt to:</source>
        <translation>&amp;Cifrar para:</translation>
    </message>
    <message>
        <source>&amp;Reason to send it unencrypted:</source>
        <translation>&amp;Motivo para enviá-lo sem cifrar:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Passphrase of the certificate:</source>
        <translation>Frase-senha do certificado:</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Gravado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Revision %1, %n comment(s).</source>
        <translation>
            <numerusform>Revisão %1, %n comentário.</numerusform>
            <numerusform>Revisão %1, %n comentários.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Assinado por %1.</translation>
    </message>
    <message>
        <source>Unsigned.</source>
        <translation>Sem assinatura.</translation>
    </message>
    <message>
        <source>Encrypted to %1.</source>
        <translation>Cifrado para %1.</translation>
    </message>
    <message>
        <source>Not encrypted.</source>
        <translation>Sem cifrar.</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import a review bundle</source>
        <translation>Importar um pacote de revisão</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Arquivo do pacote</translation>
    </message>
    <message>
        <source>Review bundles (*.csbmx)</source>
        <translation>Pacotes de revisão (*.csbmx)</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translation>Autoridade confiável</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>optional: then only bundles signed under this CA are accepted</source>
        <translation>opcional: então só se aceitam pacotes assinados sob esta AC</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>Sua chave</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Arquivos de chave (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Passphrase of your key</source>
        <translation>Frase secreta da sua chave</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>A&amp;brir o relatório</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>&amp;Confiança:</translation>
    </message>
    <message>
        <source>Your &amp;key (.p12):</source>
        <translation>Sua c&amp;have (.p12):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>The bundle is not signed: make sure it came from who you expect.</source>
        <translation>O pacote não está assinado: confirme que veio de quem espera.</translation>
    </message>
    <message>
        <source>Signed by %1 (trusted).</source>
        <translation>Assinado por %1 (confiável).</translation>
    </message>
    <message>
        <source>Signed by %1; the certificate was not checked against a trusted authority (SHA-256 %2).</source>
        <translation>Assinado por %1; o certificado não foi verificado junto de uma autoridade confiável (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Nothing new: this bundle was already imported.</source>
        <translation>Nada de novo: este pacote já tinha sido importado.</translation>
    </message>
    <message>
        <source>The report was added to this database.</source>
        <translation>O relatório foi adicionado a esta base de dados.</translation>
    </message>
    <message numerus="yes">
        <source>%n new revision(s).</source>
        <translation>
            <numerusform>%n revisão nova.</numerusform>
            <numerusform>%n revisões novas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s).</source>
        <translation>
            <numerusform>%n comentário novo.</numerusform>
            <numerusform>%n comentários novos.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are marked as from a bundle signed by %1.</source>
        <translation>Ficam marcados como vindos de um pacote assinado por %1.</translation>
    </message>
    <message>
        <source>They are marked as from an unsigned bundle.</source>
        <translation>Ficam marcados como vindos de um pacote não assinado.</translation>
    </message>
    <message>
        <source>Authors with no account here: %1</source>
        <translation>Autores sem conta nesta base de dados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n resolution(s) claimed by the bundle wait for a reviewer here to confirm them.</source>
        <translation>
            <numerusform>%n resolução indicada pelo pacote aguarda a confirmação de um revisor daqui.</numerusform>
            <numerusform>%n resoluções indicadas pelo pacote aguardam a confirmação de um revisor daqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) resolved or decided.</source>
        <translation>
            <numerusform>%n comentário resolvido ou decidido.</numerusform>
            <numerusform>%n comentários resolvidos ou decididos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) were made on an older revision:</source>
        <translation>
            <numerusform>%n comentário foi feito sobre uma revisão anterior:</numerusform>
            <numerusform>%n comentários foram feitos sobre uma revisão anterior:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (revision %2)</source>
        <translation>• %1 (revisão %2)</translation>
    </message>
    <message>
        <source>unchanged since</source>
        <translation>sem alterações desde então</translation>
    </message>
</context>
<context>
    <name>CharacteristicPage</name>
    <message>
        <source>Guiding questions</source>
        <translation>Perguntas orientadoras</translation>
    </message>
    <message>
        <source>Activities that serve this characteristic</source>
        <translation>Atividades que contribuem para esta característica</translation>
    </message>
    <message>
        <source>Tick an activity to link it to this characteristic; untick to unlink it.</source>
        <translation>Marque uma atividade para vinculá-la a esta característica; desmarque-a para desvinculá-la.</translation>
    </message>
    <message>
        <source>Filter activities</source>
        <translation>Filtrar atividades</translation>
    </message>
    <message>
        <source>Only &amp;linked</source>
        <translation>Somente &amp;vinculadas</translation>
    </message>
    <message>
        <source>Link activity</source>
        <translation>Vincular atividade</translation>
    </message>
    <message>
        <source>Unlink activity</source>
        <translation>Desvincular atividade</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activity(s)</source>
        <translation>
            <numerusform>%1 de %n atividade</numerusform>
            <numerusform>%1 de %n atividades</numerusform>
        </translation>
    </message>
    <message>
        <source>Serving this characteristic: %1 under %2.</source>
        <translation>A serviço desta característica: %1 em %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(s)</source>
        <translation>
            <numerusform>%n atividade</numerusform>
            <numerusform>%n atividades</numerusform>
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
        <translation>Verificar e enviar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Local</translation>
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
        <translation>Clique duas vezes em um problema, ou selecione-o e pressione Enter, para ir ao campo.</translation>
    </message>
    <message>
        <source>Save &amp;revision…</source>
        <translation>Salvar &amp;revisão…</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review…</source>
        <translation>&amp;Enviar para revisão…</translation>
    </message>
    <message>
        <source>No problems found: the report is complete and consistent.</source>
        <translation>Nenhum problema encontrado: o relatório está completo e consistente.</translation>
    </message>
    <message>
        <source>%1 % complete: %2 and %3. Errors must be fixed before the report can be approved; warnings are worth a look.</source>
        <translation>%1 % completo: %2 e %3. Os erros devem ser corrigidos antes que o relatório possa ser aprovado; vale a pena ver os avisos.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Read the columns as…</source>
        <translation>Ler as colunas como…</translation>
    </message>
    <message>
        <source>Headings of sheet “%1”, row %2. Say what each column holds; a column left at “—” is not read. A measure column is needed.</source>
        <translation>Cabeçalhos da folha «%1», linha %2. Indique o que contém cada coluna; uma coluna deixada em «—» não é lida. É necessária uma coluna de medida.</translation>
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
        <translation>Comentário</translation>
    </message>
    <message>
        <source>&amp;Suggest a new value:</source>
        <translation>&amp;Sugerir um novo valor:</translation>
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
        <translation>Atividades por característica</translation>
    </message>
    <message>
        <source>Activities serving each of the seven characteristics. One activity can serve several.</source>
        <translation>Atividades que contribuem para cada uma das sete características. Uma atividade pode contribuir para várias.</translation>
    </message>
    <message>
        <source>By characteristic</source>
        <translation>Por característica</translation>
    </message>
    <message>
        <source>Activities by measure</source>
        <translation>Atividades por medida</translation>
    </message>
    <message>
        <source>Activities reported under each measure of the catalogue.</source>
        <translation>Atividades informadas em cada medida do catálogo.</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>Por medida</translation>
    </message>
    <message>
        <source>Activities by characteristic and year</source>
        <translation>Atividades por característica e ano</translation>
    </message>
    <message>
        <source>Activities serving each characteristic in the reports of {state}, year by year. For a year with several reports, the most recently updated one counts.</source>
        <translation>Atividades que contribuem para cada característica nos relatórios deste Estado ({state}), ano a ano. Em um ano com vários relatórios, conta o atualizado mais recentemente.</translation>
    </message>
    <message>
        <source>This database has no report of {state} for another year, so only this report ({year}) is shown. Earlier reports of {state} would appear here, year by year, next to this one.</source>
        <translation>Este banco de dados não tem relatório deste Estado ({state}) para outro ano; por isso, somente este relatório ({year}) é exibido. Os relatórios anteriores deste Estado apareceriam aqui, ano a ano, ao lado deste.</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Evolução anual</translation>
    </message>
    <message>
        <source>{year} (this report)</source>
        <translation>{year} (este relatório)</translation>
    </message>
    <message>
        <source>{activities} activities. {answered} of {total} measures answered (a status or “nothing to report”): {percent}%.</source>
        <translation>{activities} atividades. {answered} de {total} medidas respondidas (uma situação ou “nada a informar”): {percent}%.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database %1 is already open in CSBM Desktop on this computer (process %2).</source>
        <translation>A base de dados %1 já está aberta no CSBM Desktop neste computador (processo %2).</translation>
    </message>
    <message>
        <source>The database %1 is already open in CSBM Desktop on the computer %3 (process %2).</source>
        <translation>A base de dados %1 já está aberta no CSBM Desktop no computador %3 (processo %2).</translation>
    </message>
    <message>
        <source>Only one window at a time can work on a database, so that neither overwrites the other&apos;s changes. Switch to that window, or close it and try again, or open another database.</source>
        <translation>Só uma janela de cada vez pode trabalhar numa base de dados, para que nenhuma sobrescreva as alterações da outra. Mude para essa janela, ou feche-a e tente de novo, ou abra outra base de dados.</translation>
    </message>
    <message>
        <source>If CSBM Desktop is no longer running on %1, delete the file %2 and try again.</source>
        <translation>Se o CSBM Desktop já não estiver em execução em %1, apague o arquivo %2 e tente de novo.</translation>
    </message>
    <message>
        <source>Database already open</source>
        <translation>Base de dados já aberta</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>&amp;Abrir outra base de dados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar o relatório</translation>
    </message>
    <message>
        <source>A final report is exported signed. Any other report leaves as a review copy marked DRAFT, unsigned.</source>
        <translation>Um relatório final é exportado assinado. Qualquer outro relatório sai como cópia de revisão marcada RASCUNHO, sem assinatura.</translation>
    </message>
    <message>
        <source>The report is final: sign the PDF as the preparer and then as the authorising officer.</source>
        <translation>O relatório é final: assine o PDF como quem preparou o relatório e, em seguida, como a autoridade que autoriza.</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Workbook (Excel)</source>
        <translation>Pasta de &amp;trabalho (Excel)</translation>
    </message>
    <message>
        <source>&amp;Transmission package (.zip)</source>
        <translation>Pacote de t&amp;ransmissão (.zip)</translation>
    </message>
    <message>
        <source>Include sensitive &amp;answers (cleared)</source>
        <translation>I&amp;ncluir as respostas sensíveis (autorizadas)</translation>
    </message>
    <message>
        <source>This report is marked public: answers to the questions marked sensitive are left out of the files unless you include them, once they have been cleared.</source>
        <translation>Este relatório está marcado como público: as respostas às perguntas marcadas como sensíveis são omitidas dos arquivos, a menos que você as inclua depois de autorizadas.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation>Se&amp;m assinatura</translation>
    </message>
    <message>
        <source>Certificate f&amp;iles (.p12, .pfx)</source>
        <translation>&amp;Arquivos de certificado (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Smart &amp;card (PKCS#11)</source>
        <translation>&amp;Cartão inteligente (PKCS#11)</translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx)</source>
        <translation>Certificados (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Preparer&apos;s certificate</source>
        <translation>Certificado de quem preparou o relatório</translation>
    </message>
    <message>
        <source>Authorising officer&apos;s certificate</source>
        <translation>Certificado da autoridade que autoriza</translation>
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
        <translation>Rótulo do token</translation>
    </message>
    <message>
        <source>Key label</source>
        <translation>Rótulo da chave</translation>
    </message>
    <message>
        <source>Preparer:</source>
        <translation>Quem preparou o relatório:</translation>
    </message>
    <message>
        <source>Authorising officer:</source>
        <translation>Autoridade que autoriza:</translation>
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
        <translation>Chave:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pré-&amp;visualizar…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir pasta</translation>
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
        <translation>Arquivos:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Pa&amp;sta:</translation>
    </message>
    <message>
        <source>Long-term validation (optional)</source>
        <translation>Validação de longo prazo (opcional)</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado da AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Revocation lists (CRL files)</source>
        <translation>Listas de revogação (arquivos CRL)</translation>
    </message>
    <message>
        <source>Several files are separated by ;</source>
        <translation>Vários arquivos são separados por ;</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>CRLs (*.crl *.pem)</source>
        <translation>CRLs (*.crl *.pem)</translation>
    </message>
    <message>
        <source>Time-stamp authority (URL)</source>
        <translation>Autoridade de carimbo do tempo (URL)</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificado da AC:</translation>
    </message>
    <message>
        <source>Revocation lists:</source>
        <translation>Listas de revogação:</translation>
    </message>
    <message>
        <source>Time-stamp authority:</source>
        <translation>Autoridade de carimbo do tempo:</translation>
    </message>
    <message>
        <source>the preparer</source>
        <translation>quem preparou o relatório</translation>
    </message>
    <message>
        <source>the authorising officer</source>
        <translation>a autoridade que autoriza</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Passphrase of the certificate of %1:</source>
        <translation>Frase-senha do certificado para %1:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN of the card:</source>
        <translation>PIN do cartão:</translation>
    </message>
    <message>
        <source>These files exist already. Replace them?</source>
        <translation>Estes arquivos já existem. Substituí-los?</translation>
    </message>
    <message>
        <source>The same certificate would sign as the preparer and as the authorising officer. Why? (recorded in the audit trail)</source>
        <translation>O mesmo certificado assinaria como preparador e como autoridade que autoriza. Por quê? (fica registrado na auditoria)</translation>
    </message>
    <message>
        <source>Exported:</source>
        <translation>Arquivos exportados:</translation>
    </message>
    <message>
        <source>Document %1, content SHA-256 %2</source>
        <translation>Documento %1, SHA-256 do conteúdo %2</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Assinado por %1</translation>
    </message>
</context>
<context>
    <name>FieldEditors</name>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>cut to the most this field holds</source>
        <translation>cortado ao máximo que este campo admite</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Escolher num calendário (Alt+Seta para baixo)</translation>
    </message>
    <message>
        <source>Clear date</source>
        <translation>Limpar data</translation>
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
        <translation>Essa data não existe; confira o dia e o mês. Não foi salva.</translation>
    </message>
    <message>
        <source>Not a whole date: type the day, the month and the year in full (%1). Not saved.</source>
        <translation>Data incompleta: digite o dia, o mês e o ano completo (%1). Não foi salva.</translation>
    </message>
    <message>
        <source>%1 is too large: enter a whole number from 0 to %2. Not saved.</source>
        <translation>%1 é grande demais: digite um número inteiro de 0 a %2. Não foi salvo.</translation>
    </message>
    <message>
        <source>Nothing in the list matches “%1” alone; the field is unchanged.</source>
        <translation>Nenhum item da lista corresponde sozinho a “%1”; o campo não foi alterado.</translation>
    </message>
    <message>
        <source>Type a state&apos;s name to add it…</source>
        <translation>Digite o nome de um Estado para adicioná-lo…</translation>
    </message>
    <message>
        <source>No single state matches “%1”; type more of its name.</source>
        <translation>Nenhum Estado corresponde sozinho a “%1”; digite mais do nome.</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Remover {name}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Open comments: %1</source>
        <translation>Comentários abertos: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Criar o administrador</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator, who will add the other users (drafters, reviewers, the authorising officer, clerks). In a small office one person may hold several roles.</source>
        <translation>Este banco de dados ainda não tem contas. Crie o administrador, que adicionará os demais usuários (redatores, revisores, a autoridade que autoriza, oficiais de registro). Em um escritório pequeno, uma mesma pessoa pode ter vários papéis.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome de usuário:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nome &amp;completo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember.</source>
        <translation>
            <numerusform>Pelo menos %n caractere; uma frase curta é fácil de lembrar.</numerusform>
            <numerusform>Pelo menos %n caracteres; uma frase curta é fácil de lembrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Papéis:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
</context>
<context>
    <name>FormInstall</name>
    <message>
        <source>Install form version</source>
        <translation>Instalar versão do formulário</translation>
    </message>
    <message>
        <source>Form files (*.yaml *.yml)</source>
        <translation>Arquivos de formulário (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Form version %1 is installed: new reports use it, started ones keep theirs.</source>
        <translation>A versão %1 do formulário está instalada: os relatórios novos a usam; os já iniciados mantêm a sua.</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>Help for the field you are in appears here. Move through the form with Tab; the steps on the left show where something is missing.</source>
        <translation>A ajuda do campo em que você está aparece aqui. Navegue pelo formulário com Tab; as etapas à esquerda mostram onde falta alguma informação.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Situação da implementação</translation>
    </message>
    <message>
        <source>Say whether the measure was implemented in the period, partly, not at all, or does not apply to your state. Tick “Nothing to report” to say so explicitly; a measure marked implemented needs at least one activity.</source>
        <translation>Indique se a medida foi implementada no período, parcialmente, não foi implementada ou não se aplica ao seu Estado. Marque “Nada a informar” para declará-lo explicitamente; uma medida marcada como implementada exige pelo menos uma atividade.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the report</source>
        <translation>Histórico do relatório</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Cópia de trabalho</translation>
    </message>
    <message>
        <source>last changed %1 by %2</source>
        <translation>última alteração: %1, por %2</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisão %1</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versões</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>with</source>
        <translation>com</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>c&amp;om</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>&amp;Restore this revision…</source>
        <translation>&amp;Restaurar esta revisão…</translation>
    </message>
    <message>
        <source>You cannot restore a revision of this report.</source>
        <translation>Você não pode restaurar uma revisão deste relatório.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Revision %1 (%2)</source>
        <translation>Revisão %1 (%2)</translation>
    </message>
    <message>
        <source>the working copy</source>
        <translation>a cópia de trabalho</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>a revisão %1</translation>
    </message>
    <message>
        <source>No revision has been saved yet. Save one from the check step to keep a version you can come back to.</source>
        <translation>Nenhuma revisão foi salva ainda. Salve uma na etapa de verificação para manter uma versão à qual possa voltar.</translation>
    </message>
    <message>
        <source>Choose two different versions to compare.</source>
        <translation>Escolha duas versões diferentes para comparar.</translation>
    </message>
    <message>
        <source>No changes from %1 to %2.</source>
        <translation>Nenhuma alteração entre %1 e %2.</translation>
    </message>
    <message>
        <source>1 change from %2 to %3.</source>
        <translation>1 alteração entre %2 e %3.</translation>
    </message>
    <message>
        <source>%1 changes from %2 to %3.</source>
        <translation>%1 alterações entre %2 e %3.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Restore revision</source>
        <translation>Restaurar revisão</translation>
    </message>
    <message>
        <source>Replace the working copy with the content of revision %1?

Saved revisions stay as they are; whatever the working copy holds now and was not saved as a revision is replaced.</source>
        <translation>Substituir a cópia de trabalho pelo conteúdo da revisão %1?

As revisões salvas permanecem como estão; o que a cópia de trabalho contém agora e não foi salvo como revisão é substituído.</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Workbook not imported</source>
        <translation>Pasta de trabalho não importada</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: it has %n problem(s). Fix them in the workbook and import it again.</source>
        <translation>
            <numerusform>Nada foi importado de %1: tem %n problema. Corrija-o na pasta de trabalho e importe-a de novo.</numerusform>
            <numerusform>Nada foi importado de %1: tem %n problemas. Corrija-os na pasta de trabalho e importe-a de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Folha</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>&amp;Copiar a lista</translation>
    </message>
    <message>
        <source>&amp;Map columns…</source>
        <translation>&amp;Mapear colunas…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Relatório</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Novo relatório…</translation>
    </message>
    <message>
        <source>Open a &amp;demo report</source>
        <translation>Abrir um relatório de &amp;demonstração</translation>
    </message>
    <message>
        <source>&amp;Close report</source>
        <translation>&amp;Fechar relatório</translation>
    </message>
    <message>
        <source>&amp;Save revision…</source>
        <translation>&amp;Salvar revisão…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Exportar como JSON…</translation>
    </message>
    <message>
        <source>&amp;Import from JSON…</source>
        <translation>&amp;Importar de JSON…</translation>
    </message>
    <message>
        <source>Install &amp;form version…</source>
        <translation>Instalar versão do &amp;formulário…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Adicionar atividade</translation>
    </message>
    <message>
        <source>&amp;Delete activity</source>
        <translation>&amp;Excluir atividade</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Próxima etapa</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Etapa &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Check report</source>
        <translation>&amp;Verificar relatório</translation>
    </message>
    <message>
        <source>C&amp;overage chart…</source>
        <translation>Gráfico de &amp;cobertura…</translation>
    </message>
    <message>
        <source>Re&amp;visions…</source>
        <translation>&amp;Revisões…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;About CSBM Desktop</source>
        <translation>&amp;Sobre o CSBM Desktop</translation>
    </message>
    <message>
        <source>&amp;Help panel</source>
        <translation>Painel de a&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Step list</source>
        <translation>&amp;Lista de etapas</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Desfazer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Refazer: %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Não é possível abrir o banco de dados</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Abrir outra base de dados</translation>
    </message>
    <message>
        <source>CSBM Desktop databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de dados do CSBM Desktop (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No account yet: nothing can be opened.</source>
        <translation>Ainda não há nenhuma conta: nada pode ser aberto.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sessão encerrada.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sessão iniciada como %1</translation>
    </message>
    <message>
        <source>CSBM Desktop was not closed properly last time (a crash or a power cut). Your reports are as they were at the last automatic save, a few seconds before it stopped.</source>
        <translation>O CSBM Desktop não foi fechado corretamente da última vez (uma falha ou uma queda de energia). Seus relatórios estão como estavam no último salvamento automático, alguns segundos antes da interrupção.</translation>
    </message>
    <message>
        <source>Copied forward</source>
        <translation>Copiado do relatório anterior</translation>
    </message>
    <message>
        <source>Form version %1 has no place for these; re-enter them if needed:</source>
        <translation>A versão %1 do formulário não tem lugar para estes itens; insira-os novamente se necessário:</translation>
    </message>
    <message>
        <source>Creating a demo report…</source>
        <translation>Criando um relatório de demonstração…</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The last changes could not be saved:
%1

Close anyway and lose them?</source>
        <translation>Não foi possível salvar as últimas alterações:
%1

Fechar mesmo assim e perdê-las?</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Excluir relatório</translation>
    </message>
    <message>
        <source>Delete this draft report and all its activities and attachments? This cannot be undone.</source>
        <translation>Excluir este rascunho de relatório e todas as suas atividades e anexos? Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>Salvar revisão</translation>
    </message>
    <message>
        <source>Describe this revision (for example “sent to the legal office”):</source>
        <translation>Descreva esta revisão (por exemplo, “enviada à assessoria jurídica”):</translation>
    </message>
    <message>
        <source>Revision %1 saved.</source>
        <translation>Revisão %1 salva.</translation>
    </message>
    <message>
        <source>No revision saved yet. Use File › Save revision (Ctrl+S).</source>
        <translation>Nenhuma revisão salva ainda. Use Arquivo › Salvar revisão (Ctrl+S).</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Report files (*.json)</source>
        <translation>Arquivos de relatório (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importar relatório</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>All changes saved (%1)</source>
        <translation>Todas as alterações salvas (%1)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todas as alterações salvas</translation>
    </message>
    <message>
        <source>About CSBM Desktop</source>
        <translation>Sobre o CSBM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CSBM Desktop %1&lt;/h3&gt;&lt;p&gt;Prepare, review and export the annual report on confidence- and security-building measures to the OAS. Works entirely offline.&lt;/p&gt;&lt;p&gt;Form and catalogue: %2&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CSBM Desktop %1&lt;/h3&gt;&lt;p&gt;Prepare, revise e exporte o relatório anual à OEA sobre medidas de fortalecimento da confiança e da segurança. Funciona totalmente off-line.&lt;/p&gt;&lt;p&gt;Formulário e catálogo: %2&lt;/p&gt;&lt;p&gt;Banco de dados: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MeasureTableModel</name>
    <message>
        <source>OAS: %1 (2009 list) · %2 (online)</source>
        <translation>OEA: %1 (lista de 2009) · %2 (on-line)</translation>
    </message>
    <message>
        <source>The form&apos;s own number; the OAS&apos;s numbers are under each title</source>
        <translation>O número próprio do formulário; os números da OEA aparecem sob cada título</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Nada a informar</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Search measures</source>
        <translation>Pesquisar medidas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
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
        <translation>Situação da implementação</translation>
    </message>
    <message>
        <source>&amp;Nothing to report</source>
        <translation>&amp;Nada a informar</translation>
    </message>
    <message>
        <source>Implementation &amp;status:</source>
        <translation>&amp;Situação da implementação:</translation>
    </message>
    <message>
        <source>Narrative on the measure</source>
        <translation>Relato sobre a medida</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>Narrati&amp;ve:</source>
        <translation>Rela&amp;to:</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Activities of this measure</source>
        <translation>Atividades desta medida</translation>
    </message>
    <message>
        <source>&amp;Add activity</source>
        <translation>&amp;Adicionar atividade</translation>
    </message>
    <message>
        <source>De&amp;lete activity</source>
        <translation>E&amp;xcluir atividade</translation>
    </message>
    <message>
        <source>Select an activity, or add one, to edit it here.</source>
        <translation>Selecione uma atividade, ou adicione uma, para editá-la aqui.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>Change measure status</source>
        <translation>Alterar a situação da medida</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Arquivo muito grande</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Não é possível ler o arquivo</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
    </message>
    <message>
        <source>Remove this attachment from the activity? Saved revisions keep their copy.</source>
        <translation>Remover este anexo da atividade? As revisões salvas mantêm sua cópia.</translation>
    </message>
    <message>
        <source>Nothing to report</source>
        <translation>Nada a informar</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>Novo relatório</translation>
    </message>
    <message>
        <source>&amp;Copy forward from an earlier report</source>
        <translation>&amp;Copiar de um relatório anterior</translation>
    </message>
    <message>
        <source>Reporting state</source>
        <translation>Estado informante</translation>
    </message>
    <message>
        <source>Reporting year</source>
        <translation>Ano do relatório</translation>
    </message>
    <message>
        <source>Report to copy from</source>
        <translation>Relatório de origem</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>Copying brings last year&apos;s contacts, measure statuses, answers and activities. Every copied activity keeps its old dates, so the check lists each one until you have reviewed it.</source>
        <translation>A cópia traz os contatos, a situação das medidas, as respostas e as atividades do ano anterior. Cada atividade copiada mantém as datas antigas; por isso, a verificação a aponta até que você a tenha revisado.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>There can be no report for %1: enter a year from %2 to %3.</source>
        <translation>Não pode haver relatório para %1: digite um ano de %2 a %3.</translation>
    </message>
    <message>
        <source>No single state matches “%1”: type more of its name, or pick it from the list.</source>
        <translation>Nenhum Estado corresponde sozinho a “%1”: digite mais do nome ou escolha-o na lista.</translation>
    </message>
    <message>
        <source>OAS deadline: %1</source>
        <translation>Prazo da OEA: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1, %2 · form %3 %4 · OAS deadline %5</source>
        <translation>%1, %2 · formulário %3 %4 · prazo da OEA %5</translation>
    </message>
    <message numerus="yes">
        <source>(in %n day(s))</source>
        <translation>
            <numerusform>(em %n dia)</numerusform>
            <numerusform>(em %n dias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n day(s) late)</source>
        <translation>
            <numerusform>(%n dia de atraso)</numerusform>
            <numerusform>(%n dias de atraso)</numerusform>
        </translation>
    </message>
    <message>
        <source>This report was copied forward from an earlier one. Re-check every copied activity: its dates, partners and outcome belong to last year until you change them. The check step lists each one still dated outside this period.</source>
        <translation>Este relatório foi copiado de um anterior. Verifique novamente cada atividade copiada: suas datas, parceiros e resultado são do ano anterior até que você os altere. A etapa de verificação aponta cada uma que ainda esteja datada fora deste período.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
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
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Check &amp; submit</source>
        <translation>Verificar e enviar</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>This report is %1 and can no longer be edited.</source>
        <translation>Este relatório (%1) não pode mais ser editado.</translation>
    </message>
    <message>
        <source>You may read this report and comment on it; only a drafter can change it.</source>
        <translation>Você pode ler este relatório e comentá-lo; só um redator pode alterá-lo.</translation>
    </message>
    <message numerus="yes">
        <source>(%n open comment(s))</source>
        <translation>
            <numerusform>(%n comentário aberto)</numerusform>
            <numerusform>(%n comentários abertos)</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>tem avisos</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>tem erros</translation>
    </message>
</context>
<context>
    <name>ReportSession</name>
    <message>
        <source>Edit</source>
        <translation>Edição</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>editar %1</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Adicionar atividade</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Excluir atividade</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Deadlines for the %1 reports</source>
        <translation>Prazos dos relatórios sobre %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>OAS deadline</source>
        <translation>Prazo da OEA</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Novo relatório…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Exc&amp;luir…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (em %n dia)</numerusform>
            <numerusform>%1 (em %n dias)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) late)</source>
        <translation>
            <numerusform>%1 (%n dia de atraso)</numerusform>
            <numerusform>%1 (%n dias de atraso)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>S&amp;ubmit for review…</source>
        <translation>&amp;Enviar para revisão…</translation>
    </message>
    <message>
        <source>Request chan&amp;ges</source>
        <translation>&amp;Solicitar alterações</translation>
    </message>
    <message>
        <source>Resume &amp;drafting</source>
        <translation>Retomar a re&amp;dação</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>&amp;Finalise (lock)</source>
        <translation>&amp;Finalizar (bloquear)</translation>
    </message>
    <message>
        <source>Record &amp;transmission…</source>
        <translation>Registrar &amp;transmissão…</translation>
    </message>
    <message>
        <source>&amp;Revert to draft…</source>
        <translation>Vo&amp;ltar ao rascunho…</translation>
    </message>
    <message>
        <source>&amp;History and differences…</source>
        <translation>&amp;Histórico e diferenças…</translation>
    </message>
    <message>
        <source>Co&amp;mment on this field…</source>
        <translation>Co&amp;mentar este campo…</translation>
    </message>
    <message>
        <source>Re&amp;lax separation of duties…</source>
        <translation>Fle&amp;xibilizar a segregação de funções…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuários…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Trilha de auditoria…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Alterar sen&amp;ha…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sair da sessã&amp;o</translation>
    </message>
    <message>
        <source>E&amp;xport PDF and workbook…</source>
        <translation>Exportar &amp;PDF e pasta de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Verify a signed file…</source>
        <translation>&amp;Verificar um arquivo assinado…</translation>
    </message>
    <message>
        <source>Review &amp;bundles</source>
        <translation>Pa&amp;cotes de revisão</translation>
    </message>
    <message>
        <source>Send for &amp;review (bundle)…</source>
        <translation>Enviar para &amp;revisão (pacote)…</translation>
    </message>
    <message>
        <source>Send &amp;comments back (bundle)…</source>
        <translation>Devolver os &amp;comentários (pacote)…</translation>
    </message>
    <message>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Importar um pacote…</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>&amp;Administração</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>&amp;Review panel</source>
        <translation>Painel de &amp;revisão</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Situação: %1</translation>
    </message>
    <message>
        <source>Separation of duties relaxed by %1: %2</source>
        <translation>Segregação de funções flexibilizada por %1: %2</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar para revisão</translation>
    </message>
    <message>
        <source>A note for the reviewers (optional):</source>
        <translation>Uma nota para os revisores (opcional):</translation>
    </message>
    <message>
        <source>Revert to draft</source>
        <translation>Voltar ao rascunho</translation>
    </message>
    <message>
        <source>Why must this report be changed again? The reason is recorded.</source>
        <translation>Por que este relatório deve ser alterado novamente? O motivo fica registrado.</translation>
    </message>
    <message>
        <source>Approve this report? It then goes to the authorising officer.</source>
        <translation>Aprovar este relatório? Em seguida, ele será encaminhado à autoridade que autoriza.</translation>
    </message>
    <message>
        <source>Finalise this report? It is locked against any change.</source>
        <translation>Finalizar este relatório? Ele ficará bloqueado contra qualquer alteração.</translation>
    </message>
    <message>
        <source>The report is now: %1</source>
        <translation>Nova situação do relatório: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This report still has %n error(s). Submit it for review anyway?</source>
        <translation>
            <numerusform>Este relatório ainda tem %n erro. Enviá-lo para revisão mesmo assim?</numerusform>
            <numerusform>Este relatório ainda tem %n erros. Enviá-lo para revisão mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <source>Relax separation of duties</source>
        <translation>Flexibilizar a segregação de funções</translation>
    </message>
    <message>
        <source>Allow someone who edited this report to approve it (for example, an office of two). Why? The reason is recorded and shown on the report.</source>
        <translation>Permitir que alguém que editou este relatório o aprove (por exemplo, em um escritório de duas pessoas). Por quê? O motivo fica registrado e é exibido no relatório.</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Senha atual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nova senha:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Repita a nova senha:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Senha alterada.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Show</source>
        <translation>Exibir</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Tópicos abertos</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Todos os tópicos</translation>
    </message>
    <message>
        <source>My threads</source>
        <translation>Meus tópicos</translation>
    </message>
    <message>
        <source>Threads on this step</source>
        <translation>Tópicos desta etapa</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
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
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeitar</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>&amp;Ir para o campo</translation>
    </message>
    <message>
        <source>(no such user here)</source>
        <translation>(usuário inexistente aqui)</translation>
    </message>
    <message>
        <source>From a bundle signed by %1.</source>
        <translation>De um pacote assinado por %1.</translation>
    </message>
    <message>
        <source>From an unsigned bundle.</source>
        <translation>De um pacote não assinado.</translation>
    </message>
    <message>
        <source>Resolved by %1 according to the bundle; a reviewer here must confirm it (Resolve).</source>
        <translation>Resolvido por %1 segundo o pacote; um revisor daqui deve confirmá-lo (Resolver).</translation>
    </message>
    <message>
        <source>Made on revision %1; the report is now at revision %2.</source>
        <translation>Feito sobre a revisão %1; o relatório está agora na revisão %2.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceita</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>Suggests: %1 (%2)</source>
        <translation>Sugere: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Drafter</source>
        <translation>Redator</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Authorising officer</source>
        <translation>Autoridade que autoriza</translation>
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
        <translation>Sessão bloqueada</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>The session was locked after a period without activity. Enter your password to continue.</source>
        <translation>A sessão foi bloqueada após um período de inatividade. Digite sua senha para continuar.</translation>
    </message>
    <message>
        <source>Sign in with your CSBM Desktop account.</source>
        <translation>Entre com sua conta do CSBM Desktop.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da sessão</translation>
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
        <translation>Registrar a transmissão</translation>
    </message>
    <message>
        <source>Record how and when the final report was sent to the OAS. The record goes into the report&apos;s history and the audit trail.</source>
        <translation>Registre como e quando o relatório final foi enviado à OEA. O registro passa a integrar o histórico do relatório e a trilha de auditoria.</translation>
    </message>
    <message>
        <source>Diplomatic pouch</source>
        <translation>Mala diplomática</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correio eletrônico</translation>
    </message>
    <message>
        <source>OAS portal</source>
        <translation>Portal da OEA</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Meio</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Data de envio</translation>
    </message>
    <message>
        <source>e.g. note verbale no. 123/2026</source>
        <translation>p. ex. nota verbal n.º 123/2026</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>&amp;Sent by:</source>
        <translation>&amp;Enviado por:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referência:</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>at least %1 characters</source>
        <translation>pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Adicionar um usuário</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>for signing in, without spaces</source>
        <translation>para entrar, sem espaços</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>full name, optional</source>
        <translation>nome completo, opcional</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nome de usuário:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nome de e&amp;xibição:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir senha:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Papéis de %1</translation>
    </message>
    <message>
        <source>What %1 may do:</source>
        <translation>O que %1 pode fazer:</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Redefinir a senha de %1</translation>
    </message>
    <message>
        <source>Choose a new password and give it to %1 in person. It also unlocks the account.</source>
        <translation>Escolha uma nova senha e entregue-a pessoalmente a %1. Isso também desbloqueia a conta.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita a nova senha</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Contas de usuário</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation>&amp;Papéis…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Redefinir &amp;senha…</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>&amp;Lock the session after %1 minutes idle</source>
        <translation>&amp;Bloquear a sessão após %1 minutos de inatividade</translation>
    </message>
    <message>
        <source>Minutes idle before the session locks</source>
        <translation>Minutos de inatividade antes do bloqueio da sessão</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Apli&amp;car</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Accept only si&amp;gned review bundles</source>
        <translation>Aceitar só pacotes de revisão assi&amp;nados</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado da última ação</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueada até %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;tivar</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Conta %1 adicionada.</translation>
    </message>
    <message>
        <source>Roles of %1 changed.</source>
        <translation>Papéis de %1 alterados.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nova senha definida para %1.</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Conta %1 ativada.</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation>Conta %1 desativada: não é mais possível entrar com ela.</translation>
    </message>
    <message>
        <source>Unsigned review bundles are now refused.</source>
        <translation>Pacotes de revisão não assinados agora são recusados.</translation>
    </message>
    <message>
        <source>Unsigned review bundles are accepted again (and say so).</source>
        <translation>Pacotes de revisão não assinados voltam a ser aceitos (e isso é indicado).</translation>
    </message>
    <message>
        <source>Sessions now lock after %1 minutes idle.</source>
        <translation>As sessões agora são bloqueadas após %1 minutos de inatividade.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed file</source>
        <translation>Verificar um arquivo assinado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Signed files (*.pdf *.zip *.xlsx *.p7s)</source>
        <translation>Arquivos assinados (*.pdf *.zip *.xlsx *.p7s)</translation>
    </message>
    <message>
        <source>Trusted authority</source>
        <translation>Autoridade confiável</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatações</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Trust:</source>
        <translation>Autoridade &amp;confiável:</translation>
    </message>
    <message>
        <source>Valid and trusted.</source>
        <translation>Válido e confiável.</translation>
    </message>
    <message>
        <source>NOT verified: see the findings below.</source>
        <translation>NÃO verificado: consulte as constatações abaixo.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CSBM Desktop</source>
        <translation>Boas-vindas ao CSBM Desktop</translation>
    </message>
    <message>
        <source>Prepare your country&apos;s annual report to the OAS on confidence- and security-building measures, step by step through the seven characteristics. Everything stays on this computer.</source>
        <translation>Prepare o relatório anual do seu país à OEA sobre medidas de fortalecimento da confiança e da segurança, passo a passo pelas sete características. Tudo permanece neste computador.</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Novo relatório…</translation>
    </message>
    <message>
        <source>Open a &amp;demo report</source>
        <translation>Abrir um relatório de &amp;demonstração</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Novo relatório</translation>
    </message>
    <message>
        <source>Open a demo report</source>
        <translation>Abrir um relatório de demonstração</translation>
    </message>
</context>
<context>
    <name>WorkbookImportController</name>
    <message>
        <source>Import &amp;workbook…</source>
        <translation>Importar pasta de &amp;trabalho…</translation>
    </message>
    <message>
        <source>Import workbook</source>
        <translation>Importar pasta de trabalho</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Workbook imported as a new draft: %1 activities.</source>
        <translation>Pasta de trabalho importada como novo rascunho: %1 atividades.</translation>
    </message>
    <message>
        <source>Whose report is this workbook?</source>
        <translation>De que relatório é esta pasta de trabalho?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>%1 has no row of column headings to map.</source>
        <translation>%1 não tem uma linha de cabeçalhos de coluna para mapear.</translation>
    </message>
</context>
</TS>
