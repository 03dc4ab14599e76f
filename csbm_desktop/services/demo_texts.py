"""Sample texts for `csbm demo`: the pools the demo generator draws from to build realistic reports.

This module holds data only. Everything here is fictional: the people, the exercises, the agreements
and the references are invented, and the prose is our own (no official OAS text). The generator
picks from these pools with a seeded random generator, so the same seed always gives the same
report.

Placeholders follow `str.format`: `{partner}` is a country name in the text's language (as in
forms/member-states.yaml, without article), `{n}` an ordinal number such as 4, `{city}` a city
name and `{year}` a four-digit year. In English, French and Portuguese the templates put `{partner}`
where no article is needed (after a dash or colon, or in parentheses), so that names such as
"United States", "Chili" or "Estados Unidos" read correctly. No other braces appear in the texts.
"""

from __future__ import annotations

# The four official OAS languages; every per-language constant below has all four keys.
LANGS: tuple[str, ...] = ("es", "en", "fr", "pt")

# Activity title templates per measure category and language ({partner}, {n}, {city}).
TITLE_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "dialogue": {
        "es": (
            "{n}.ª Reunión bilateral de ministros de Defensa con {partner}",
            "{n}.ª Ronda de conversaciones entre Estados Mayores con {partner}",
            "Mecanismo de consulta 2+2 con {partner}: {n}.ª sesión en {city}",
            "Reunión del Comité Permanente de Seguridad con {partner} en {city}",
            "{n}.º Diálogo político-estratégico de Defensa con {partner}",
            "Visita oficial del ministro de Defensa de {partner} a {city}",
            "Consultas viceministeriales sobre seguridad hemisférica con {partner}, {n}.ª ronda",
            "Reunión de altos mandos fronterizos con {partner} en {city}",
        ),
        "en": (
            "Bilateral meeting of defence ministers — {partner}, round {n}",
            "Defence staff talks — {partner}, round {n}",
            "2+2 consultation mechanism (foreign affairs and defence) — {partner}, session {n}, "
            "{city}",
            "Permanent security committee meeting with the partner delegation ({partner}), {city}",
            "Political and strategic defence dialogue — {partner}, round {n}",
            "Official visit by the defence minister of the partner state ({partner}) to {city}",
            "Vice-ministerial consultations on hemispheric security — {partner}, round {n}",
            "Meeting of senior border commanders — {partner}, {city}",
        ),
        "fr": (
            "Réunion bilatérale des ministres de la Défense — {partner}, session {n}",
            "Pourparlers d'états-majors — {partner}, cycle {n}",
            "Mécanisme de consultation 2+2 (Affaires étrangères et Défense) — {partner}, session "
            "{n}, {city}",
            "Réunion du comité permanent de sécurité avec la délégation partenaire ({partner}) à "
            "{city}",
            "Dialogue politico-stratégique de défense — {partner}, cycle {n}",
            "Visite officielle du ministre de la Défense de l'État partenaire ({partner}) à {city}",
            "Consultations vice-ministérielles sur la sécurité hémisphérique — {partner}, cycle "
            "{n}",
            "Rencontre des hauts commandants frontaliers — {partner}, {city}",
        ),
        "pt": (
            "{n}.ª Reunião bilateral de ministros da Defesa — {partner}",
            "{n}.ª Rodada de conversações entre Estados-Maiores — {partner}",
            "Mecanismo de consulta 2+2 (Relações Exteriores e Defesa) — {partner}, {n}.ª sessão "
            "em {city}",
            "Reunião do comitê permanente de segurança com a delegação parceira ({partner}) em "
            "{city}",
            "{n}.º Diálogo político-estratégico de Defesa — {partner}",
            "Visita oficial do ministro da Defesa do país parceiro ({partner}) a {city}",
            "Consultas vice-ministeriais sobre segurança hemisférica — {partner}, {n}.ª rodada",
            "Encontro de altos comandantes de fronteira — {partner}, {city}",
        ),
    },
    "notification": {
        "es": (
            "Notificación previa a {partner} del ejercicio combinado «Cóndor Austral {n}»",
            "Invitación a observadores de {partner} al ejercicio conjunto «Escudo del Pacífico»",
            "Notificación de maniobras navales en aguas próximas a {city}",
            "{n}.ª Notificación anual del calendario de ejercicios militares a los Estados vecinos",
            "Observación de un ejercicio de {partner} por una delegación nacional en {city}",
            "Aviso previo de vuelos de adiestramiento en la zona fronteriza con {partner}",
            "Intercambio de calendarios de ejercicios con {partner} para el año en curso",
            "Invitación a la Presidencia de la CSH para observar el ejercicio combinado "
            "«Horizonte Andino {n}»",
        ),
        "en": (
            "Advance notice of combined exercise “Southern Condor {n}” (notified state: {partner})",
            "Observers invited to joint exercise “Pacific Shield” — {partner}",
            "Notification of naval manoeuvres in coastal waters near {city}",
            "Annual notification of the military exercise calendar to neighbouring states, "
            "edition {n}",
            "National delegation observing a partner exercise ({partner}) near {city}",
            "Advance notice of training flights near the common border — {partner}",
            "Exchange of exercise calendars for the current year — {partner}",
            "Invitation to the Chair of the CSH to observe combined exercise “Andean Horizon {n}”",
        ),
        "fr": (
            "Préavis de l'exercice combiné « Condor austral {n} » — État notifié : {partner}",
            "Invitation d'observateurs à l'exercice interarmées « Bouclier du Pacifique » — "
            "{partner}",
            "Notification de manœuvres navales dans les eaux côtières — secteur : {city}",
            "Notification annuelle du calendrier des exercices militaires aux États voisins, "
            "édition {n}",
            "Observation d'un exercice de l'État partenaire ({partner}) par une délégation "
            "nationale à {city}",
            "Préavis des vols d'entraînement dans la zone frontalière — {partner}",
            "Échange des calendriers d'exercices pour l'année en cours — {partner}",
            "Invitation du président de la CSH à observer l'exercice combiné « Horizon andin {n} »",
        ),
        "pt": (
            "Notificação prévia do exercício combinado “Condor Austral {n}” — país notificado: "
            "{partner}",
            "Convite a observadores para o exercício conjunto “Escudo do Pacífico” — {partner}",
            "Notificação de manobras navais em águas próximas a {city}",
            "{n}.ª Notificação anual do calendário de exercícios militares aos Estados vizinhos",
            "Observação de exercício do país parceiro ({partner}) por delegação nacional em {city}",
            "Aviso prévio de voos de adestramento na zona de fronteira — {partner}",
            "Intercâmbio de calendários de exercícios para o ano em curso — {partner}",
            "Convite à Presidência da CSH para observar o exercício combinado “Horizonte Andino "
            "{n}”",
        ),
    },
    "education": {
        "es": (
            "{n}.º Seminario internacional sobre medidas de fomento de la confianza, {city}",
            "{n}.º Curso de Derecho Internacional Humanitario para oficiales de {partner}",
            "Curso regional de operaciones de paz con participación de {partner}, {city}",
            "Jornadas académicas sobre seguridad hemisférica con universidades de {partner}",
            "{n}.ª Edición del Diplomado en Defensa y Sociedad Civil, {city}",
            "Taller sobre transparencia del gasto militar con expertos de {partner}",
            "Conferencia anual del Centro de Estudios Estratégicos, {n}.ª edición, {city}",
            "Ciclo de conferencias sobre educación para la paz en colegios de {city}",
        ),
        "en": (
            "International seminar on confidence-building measures, {city} — edition {n}",
            "International humanitarian law course for officers of the partner state ({partner}), "
            "course {n}",
            "Regional peace operations course, {city} — participating state: {partner}",
            "Academic conference on hemispheric security with partner universities — {partner}",
            "Diploma in Defence and Civil Society, {city}, intake {n}",
            "Workshop on military expenditure transparency with experts of the partner state "
            "({partner})",
            "Annual conference of the Centre for Strategic Studies, edition {n}, {city}",
            "Lecture series on education for peace in secondary schools, {city}",
        ),
        "fr": (
            "Séminaire international sur les mesures de confiance, {city} — édition {n}",
            "Cours de droit international humanitaire pour officiers de l'État partenaire "
            "({partner}), promotion {n}",
            "Cours régional sur les opérations de paix, {city} — État participant : {partner}",
            "Journées universitaires sur la sécurité hémisphérique avec des établissements "
            "partenaires — {partner}",
            "Diplôme universitaire « Défense et société civile », {city}, promotion {n}",
            "Atelier sur la transparence des dépenses militaires avec des experts de l'État "
            "partenaire ({partner})",
            "Conférence annuelle du Centre d'études stratégiques, édition {n}, {city}",
            "Cycle de conférences sur l'éducation à la paix dans les lycées — {city}",
        ),
        "pt": (
            "{n}.º Seminário internacional sobre medidas de fortalecimento da confiança, {city}",
            "{n}.º Curso de Direito Internacional Humanitário para oficiais do país parceiro "
            "({partner})",
            "Curso regional de operações de paz em {city} — país participante: {partner}",
            "Jornadas acadêmicas sobre segurança hemisférica com universidades parceiras — "
            "{partner}",
            "{n}.ª Edição do Curso de Extensão em Defesa e Sociedade Civil, {city}",
            "Oficina sobre transparência dos gastos militares com especialistas do país parceiro "
            "({partner})",
            "{n}.ª Conferência anual do Centro de Estudos Estratégicos, {city}",
            "Ciclo de palestras sobre educação para a paz em escolas de ensino médio — {city}",
        ),
    },
    "exchanges": {
        "es": (
            "Intercambio de cadetes entre academias militares con {partner}, {n}.ª promoción",
            "Visita de una delegación de {partner} a la Escuela Naval, {city}",
            "Programa de intercambio de instructores con {partner}, {n}.º ciclo",
            "Pasantía de oficiales de Estado Mayor en unidades de {partner}",
            "Visita recíproca a instalaciones de la Fuerza Aérea en {city}",
            "Crucero de instrucción con escala en {city} y actividades con la Armada de {partner}",
            "{n}.º Encuentro de escuelas de guerra del continente, {city}",
            "Intercambio de personal civil de los ministerios de Defensa con {partner}",
        ),
        "en": (
            "Cadet exchange between military academies — {partner}, intake {n}",
            "Visit by a partner delegation ({partner}) to the naval school, {city}",
            "Instructor exchange programme — {partner}, cycle {n}",
            "Staff officer secondment to partner units — {partner}",
            "Reciprocal visit to air force installations in {city}",
            "Training cruise with a port call in {city} and joint activities — {partner}",
            "Meeting of war colleges of the Americas, edition {n}, {city}",
            "Exchange of civilian staff between defence ministries — {partner}",
        ),
        "fr": (
            "Échange d'élèves officiers entre écoles militaires — {partner}, promotion {n}",
            "Visite d'une délégation partenaire ({partner}) à l'école navale, {city}",
            "Programme d'échange d'instructeurs — {partner}, cycle {n}",
            "Stage d'officiers d'état-major auprès d'unités partenaires — {partner}",
            "Visite réciproque d'installations de l'armée de l'air à {city}",
            "Croisière d'instruction avec escale à {city} et activités conjointes — {partner}",
            "Rencontre des écoles de guerre des Amériques, édition {n}, {city}",
            "Échange de personnel civil entre ministères de la Défense — {partner}",
        ),
        "pt": (
            "Intercâmbio de cadetes entre academias militares — {partner}, {n}.ª turma",
            "Visita de delegação do país parceiro ({partner}) à Escola Naval, {city}",
            "{n}.º Ciclo do programa de intercâmbio de instrutores — {partner}",
            "Estágio de oficiais de Estado-Maior em unidades do país parceiro ({partner})",
            "Visita recíproca a instalações da Força Aérea em {city}",
            "Viagem de instrução com escala em {city} e atividades conjuntas — {partner}",
            "{n}.º Encontro de escolas de guerra das Américas, {city}",
            "Intercâmbio de servidores civis entre ministérios da Defesa — {partner}",
        ),
    },
    "transparency": {
        "es": (
            "Informe nacional al Registro de Armas Convencionales de las Naciones Unidas, con "
            "inclusión de la producción nacional",
            "Informe sobre gastos militares mediante el instrumento normalizado de las Naciones "
            "Unidas",
            "Publicación del Libro Blanco de la Defensa Nacional, {n}.ª edición",
            "Presentación pública del presupuesto de Defensa ante la sociedad civil en {city}",
            "Intercambio de información sobre la organización del Ministerio de Defensa con "
            "{partner}",
            "Aplicación de la metodología común de medición del gasto en defensa con {partner}",
            "Notificación de adquisiciones de armas convencionales conforme a la Convención "
            "Interamericana (CITAAC)",
            "Entrega a {partner} de la Directiva de Política de Defensa actualizada",
        ),
        "en": (
            "National return to the UN Register of Conventional Arms, including national "
            "production",
            "Military expenditure report through the UN standardized instrument",
            "Publication of the National Defence White Paper, edition {n}",
            "Public presentation of the defence budget to civil society, {city}",
            "Exchange of information on the organisation of the defence ministry — {partner}",
            "Joint application of the common methodology for measuring defence spending — "
            "{partner}",
            "Notification of conventional weapons acquisitions under the Inter-American "
            "Convention (CITAAC)",
            "Updated defence policy directive handed over to the partner state ({partner})",
        ),
        "fr": (
            "Rapport national au Registre des armes classiques des Nations Unies, production "
            "nationale comprise",
            "Rapport sur les dépenses militaires au moyen de l'instrument normalisé des Nations "
            "Unies",
            "Publication du Livre blanc sur la défense nationale, édition {n}",
            "Présentation publique du budget de la défense à la société civile, {city}",
            "Échange d'informations sur l'organisation du ministère de la Défense — {partner}",
            "Application conjointe de la méthode commune de mesure des dépenses de défense — "
            "{partner}",
            "Notification d'acquisitions d'armes classiques au titre de la Convention "
            "interaméricaine (CITAAC)",
            "Remise de la directive de politique de défense actualisée à l'État partenaire "
            "({partner})",
        ),
        "pt": (
            "Relatório nacional ao Registro de Armas Convencionais das Nações Unidas, incluindo a "
            "produção nacional",
            "Relatório de gastos militares por meio do instrumento padronizado das Nações Unidas",
            "Publicação do Livro Branco de Defesa Nacional, {n}.ª edição",
            "Apresentação pública do orçamento da Defesa à sociedade civil em {city}",
            "Intercâmbio de informações sobre a organização do Ministério da Defesa — {partner}",
            "Aplicação conjunta da metodologia comum de medição dos gastos de defesa — {partner}",
            "Notificação de aquisições de armas convencionais nos termos da Convenção "
            "Interamericana (CITAAC)",
            "Entrega da diretriz de política de defesa atualizada ao país parceiro ({partner})",
        ),
    },
    "cooperation": {
        "es": (
            "Ejercicio combinado de respuesta ante desastres naturales con {partner} en {city}",
            "{n}.ª Reunión de la Comisión Binacional de Frontera con {partner}",
            "Acuerdo de cooperación en operaciones de mantenimiento de la paz con {partner}",
            "Patrullaje marítimo coordinado con {partner} para prevenir incidentes en el mar",
            "Activación de la red de comunicaciones entre autoridades fronterizas con {partner}",
            "Apoyo humanitario a {partner} tras el paso de un huracán",
            "Batallón binacional de paz con {partner}: {n}.º período de adiestramiento en {city}",
            "Protocolo de prevención de incidentes aéreos en la zona fronteriza con {partner}",
        ),
        "en": (
            "Combined natural disaster response exercise — {partner}, {city}",
            "Binational border commission — {partner}, session {n}",
            "Peacekeeping cooperation arrangement — {partner}",
            "Coordinated maritime patrol to prevent incidents at sea — {partner}",
            "Activation of the communications network between border authorities — {partner}",
            "Humanitarian assistance after a hurricane — affected state: {partner}",
            "Binational peacekeeping battalion — {partner}, training period {n}, {city}",
            "Protocol on preventing air incidents in the border area — {partner}",
        ),
        "fr": (
            "Exercice combiné de réponse aux catastrophes naturelles — {partner}, {city}",
            "Commission binationale des frontières — {partner}, session {n}",
            "Arrangement de coopération en matière de maintien de la paix — {partner}",
            "Patrouille maritime coordonnée pour la prévention des incidents en mer — {partner}",
            "Activation du réseau de communication entre autorités frontalières — {partner}",
            "Aide humanitaire après le passage d'un ouragan — État touché : {partner}",
            "Bataillon binational de maintien de la paix — {partner}, période d'instruction {n}, "
            "{city}",
            "Protocole de prévention des incidents aériens dans la zone frontalière — {partner}",
        ),
        "pt": (
            "Exercício combinado de resposta a desastres naturais — {partner}, {city}",
            "{n}.ª Reunião da Comissão Binacional de Fronteira — {partner}",
            "Acordo de cooperação em operações de manutenção da paz — {partner}",
            "Patrulha marítima coordenada para prevenção de incidentes no mar — {partner}",
            "Ativação da rede de comunicações entre autoridades de fronteira — {partner}",
            "Apoio humanitário após a passagem de um furacão — país afetado: {partner}",
            "Batalhão binacional de paz — {partner}, {n}.º período de adestramento em {city}",
            "Protocolo de prevenção de incidentes aéreos na zona de fronteira — {partner}",
        ),
    },
}

# Activity descriptions: generic paragraphs of two to four sentences ({partner}, {city}).
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "es": (
        "La actividad se desarrolló en {city} con la participación de delegaciones civiles y "
        "militares de ambos países. Durante las sesiones de trabajo se revisaron los compromisos "
        "asumidos en la reunión anterior y se acordó un calendario de seguimiento. Las "
        "conclusiones quedaron recogidas en un acta firmada por los jefes de delegación.",
        "Se trató de una iniciativa coordinada entre el Ministerio de Defensa y la Cancillería, "
        "con el apoyo técnico de los Estados Mayores. La delegación de {partner} presentó su "
        "evaluación de la situación regional, y ambas partes intercambiaron información sobre sus "
        "prioridades de defensa para el próximo año.",
        "La medida se aplicó conforme a lo previsto en el plan anual de cooperación "
        "internacional. Participaron oficiales de las tres Fuerzas Armadas, funcionarios civiles "
        "del Ministerio y representantes del Ministerio de Relaciones Exteriores. El programa "
        "incluyó exposiciones técnicas, visitas a unidades y un ejercicio práctico de "
        "coordinación.",
        "Con una semana de antelación se remitió por vía diplomática la información sobre fechas, "
        "zona, efectivos y medios participantes. Los Estados vecinos acusaron recibo, y uno de "
        "ellos solicitó aclaraciones, que fueron respondidas en menos de cuarenta y ocho horas a "
        "través del canal acordado.",
        "El encuentro reunió en {city} a especialistas del ámbito académico, oficiales en "
        "servicio activo y representantes de organizaciones de la sociedad civil. Las ponencias "
        "abordaron la prevención de conflictos, la gestión del riesgo de desastres y la "
        "transparencia en materia de defensa. Las memorias del evento se publicarán en el sitio "
        "web institucional.",
        "El intercambio permitió que instructores nacionales y de {partner} compartieran "
        "metodologías de enseñanza y experiencias en operaciones de mantenimiento de la paz. Los "
        "participantes completaron un módulo común de derecho internacional humanitario y "
        "elaboraron recomendaciones para armonizar los planes de estudio.",
        "La información se preparó a partir de los registros presupuestarios oficiales y fue "
        "validada por la Dirección de Finanzas antes de su envío. El documento incluye el "
        "desglose por fuerza, por tipo de gasto y por programa, lo que facilita la comparación "
        "con los datos de años anteriores.",
        "Las unidades participantes desplegaron capacidades de transporte aéreo, sanidad militar "
        "e ingeniería en apoyo de las autoridades civiles de protección. El ejercicio puso a "
        "prueba los protocolos de solicitud y recepción de asistencia internacional, así como la "
        "coordinación con los gobiernos locales de la zona de {city}.",
        "La visita incluyó recorridos por instalaciones de instrucción, reuniones con el mando de "
        "la unidad anfitriona y una exposición sobre la organización del sistema de defensa. La "
        "delegación de {partner} tuvo acceso a toda la información prevista en el programa y "
        "expresó su interés en corresponder con una visita similar.",
        "Se celebraron dos rondas de consultas técnicas, una presencial en {city} y otra por "
        "videoconferencia, para preparar el texto que luego aprobaron las autoridades políticas. "
        "En el proceso participaron asesores jurídicos de ambos ministerios, y se respetaron los "
        "procedimientos internos de aprobación de acuerdos.",
        "La comisión revisó los incidentes registrados en la frontera común durante el semestre, "
        "verificó el funcionamiento de los puntos de contacto y actualizó el directorio de "
        "enlaces. No se informaron incidentes de gravedad, y los casos menores fueron resueltos "
        "por los mandos locales sin necesidad de elevarlos al nivel ministerial.",
        "La publicación se presentó en un acto público con la presencia de legisladores, "
        "representantes diplomáticos acreditados en el país y medios de comunicación. El texto "
        "completo está disponible en versión impresa y digital, y se distribuyó a las bibliotecas "
        "de las academias militares y de las principales universidades.",
        "El programa combinó clases magistrales, análisis de casos y un ejercicio de simulación "
        "de crisis con participación de estudiantes civiles y militares. Al finalizar, los "
        "participantes presentaron trabajos de investigación que serán evaluados para su "
        "publicación en la revista del centro de estudios.",
        "La coordinación entre las autoridades marítimas de ambos países permitió definir áreas "
        "de patrullaje, frecuencias de comunicación y procedimientos comunes en caso de encuentro "
        "en el mar. Las tripulaciones realizaron además ejercicios de comunicaciones y de "
        "búsqueda y salvamento frente a {city}.",
    ),
    "en": (
        "The activity took place in {city} with civilian and military delegations from both "
        "countries. The working sessions reviewed the commitments made at the previous meeting "
        "and agreed a follow-up timetable. The conclusions were recorded in minutes signed by the "
        "heads of both delegations.",
        "The initiative was coordinated by the Ministry of Defence and the Ministry of Foreign "
        "Affairs, with technical support from the general staffs. The partner delegation "
        "({partner}) presented its assessment of the regional situation, and both sides exchanged "
        "information on their defence priorities for the coming year.",
        "The measure was carried out as foreseen in the annual international cooperation plan. "
        "Officers from all three services, civilian staff of the Ministry and representatives of "
        "the Ministry of Foreign Affairs took part. The programme included technical briefings, "
        "unit visits and a practical coordination exercise.",
        "Information on dates, area, personnel and equipment was sent through diplomatic channels "
        "one week in advance. Neighbouring states acknowledged receipt, and one of them asked for "
        "clarification, which was provided within forty-eight hours through the agreed channel.",
        "The meeting brought together academic specialists, serving officers and representatives "
        "of civil society organisations in {city}. Presentations covered conflict prevention, "
        "disaster risk management and transparency in defence matters. The proceedings will be "
        "published on the institutional website.",
        "The exchange allowed national instructors and their counterparts from the partner state "
        "({partner}) to share teaching methods and experience in peacekeeping operations. "
        "Participants completed a common module on international humanitarian law and drafted "
        "recommendations for aligning their curricula.",
        "The information was prepared from official budget records and validated by the Finance "
        "Directorate before submission. The document breaks expenditure down by service, by type "
        "of spending and by programme, which makes comparison with previous years straightforward.",
        "Participating units deployed airlift, military medical and engineering capabilities in "
        "support of the civil protection authorities. The exercise tested the procedures for "
        "requesting and receiving international assistance, as well as coordination with local "
        "governments in and around {city}.",
        "The visit included tours of training facilities, meetings with the command of the host "
        "unit and a briefing on the organisation of the defence system. The visiting delegation "
        "({partner}) had access to all the information foreseen in the programme and expressed "
        "interest in hosting a reciprocal visit.",
        "Two rounds of technical consultations, one in {city} and one by videoconference, "
        "prepared the text later approved by the political authorities. Legal advisers from both "
        "ministries took part, and the process followed the internal procedures for the approval "
        "of agreements.",
        "The commission reviewed the incidents recorded along the common border during the "
        "half-year, checked that the points of contact were working and updated the liaison "
        "directory. No serious incidents were reported, and minor cases were settled by local "
        "commanders without referral to ministerial level.",
        "The publication was launched at a public event attended by legislators, members of the "
        "diplomatic corps and the press. The full text is available in print and online, and "
        "copies were sent to the libraries of the military academies and the main public and "
        "private universities.",
        "The curriculum combined lectures, case studies and a crisis simulation exercise with "
        "civilian and military students. At the end of the course, participants presented "
        "research papers that will be considered for publication in the journal of the centre for "
        "strategic studies.",
        "Coordination between the maritime authorities of both countries defined patrol areas, "
        "communication frequencies and common procedures for encounters at sea. The crews also "
        "carried out communications drills and a search and rescue exercise off {city}, observed "
        "by liaison officers from both navies.",
    ),
    "fr": (
        "L'activité s'est déroulée à {city} en présence de délégations civiles et militaires des "
        "deux pays. Les séances de travail ont permis de faire le point sur les engagements pris "
        "lors de la réunion précédente et d'arrêter un calendrier de suivi. Les conclusions ont "
        "été consignées dans un procès-verbal signé par les chefs de délégation.",
        "L'initiative a été coordonnée par le ministère de la Défense et le ministère des "
        "Affaires étrangères, avec l'appui technique des états-majors. La délégation partenaire "
        "({partner}) a présenté son analyse de la situation régionale, et les deux parties ont "
        "échangé des informations sur leurs priorités de défense pour l'année à venir.",
        "La mesure a été mise en œuvre conformément au plan annuel de coopération internationale. "
        "Des officiers des trois armées, des agents civils du ministère et des représentants du "
        "ministère des Affaires étrangères y ont participé. Le programme comprenait des exposés "
        "techniques, des visites d'unités et un exercice pratique de coordination.",
        "Les informations relatives aux dates, à la zone, aux effectifs et aux moyens engagés ont "
        "été transmises par la voie diplomatique une semaine à l'avance. Les États voisins en ont "
        "accusé réception ; l'un d'eux a demandé des précisions, qui lui ont été fournies en "
        "moins de quarante-huit heures par le canal convenu.",
        "La rencontre a réuni à {city} des universitaires, des officiers d'active et des "
        "représentants d'organisations de la société civile. Les interventions ont porté sur la "
        "prévention des conflits, la gestion des risques de catastrophe et la transparence en "
        "matière de défense. Les actes seront publiés sur le site institutionnel.",
        "L'échange a permis aux instructeurs nationaux et à leurs homologues de l'État partenaire "
        "({partner}) de partager leurs méthodes pédagogiques et leur expérience des opérations de "
        "maintien de la paix. Les participants ont suivi un module commun de droit international "
        "humanitaire et formulé des recommandations pour harmoniser les programmes.",
        "Les données ont été établies à partir des documents budgétaires officiels et validées "
        "par la direction des finances avant leur transmission. Le document présente la "
        "ventilation des dépenses par armée, par nature et par programme, ce qui facilite la "
        "comparaison avec les exercices précédents.",
        "Les unités engagées ont déployé des moyens de transport aérien, de santé militaire et de "
        "génie en appui aux autorités civiles de protection. L'exercice a permis de vérifier les "
        "procédures de demande et de réception de l'aide internationale ainsi que la coordination "
        "avec les collectivités locales, à {city} et dans ses environs.",
        "La visite comprenait la découverte d'installations d'instruction, des entretiens avec le "
        "commandement de l'unité d'accueil et un exposé sur l'organisation du système de défense. "
        "La délégation invitée ({partner}) a eu accès à l'ensemble des informations prévues au "
        "programme et s'est déclarée disposée à organiser une visite réciproque.",
        "Deux cycles de consultations techniques, l'un à {city} et l'autre par visioconférence, "
        "ont permis de préparer le texte ensuite approuvé par les autorités politiques. Les "
        "conseillers juridiques des deux ministères y ont pris part, et la procédure interne "
        "d'approbation des accords a été respectée.",
        "La commission a examiné les incidents survenus le long de la frontière commune au cours "
        "du semestre, vérifié le bon fonctionnement des points de contact et mis à jour "
        "l'annuaire de liaison. Aucun incident grave n'a été signalé ; les cas mineurs ont été "
        "réglés par les commandants locaux sans remonter à l'échelon ministériel.",
        "La publication a été présentée lors d'une cérémonie publique en présence de "
        "parlementaires, de membres du corps diplomatique et de la presse. Le texte intégral est "
        "disponible en version imprimée et numérique ; des exemplaires ont été remis aux "
        "bibliothèques des écoles militaires et des principales universités.",
        "Le programme associait des cours magistraux, des études de cas et un exercice de "
        "simulation de crise réunissant étudiants civils et militaires. À l'issue de la "
        "formation, les participants ont présenté des travaux de recherche qui seront examinés en "
        "vue de leur publication dans la revue du centre.",
        "La coordination entre les autorités maritimes des deux pays a permis de définir les "
        "zones de patrouille, les fréquences radio et des procédures communes en cas de rencontre "
        "en mer. Les équipages ont en outre mené des exercices de transmission et de recherche et "
        "sauvetage, avec un point d'appui à {city}.",
    ),
    "pt": (
        "A atividade foi realizada em {city}, com a participação de delegações civis e militares "
        "dos dois países. As sessões de trabalho examinaram os compromissos assumidos na reunião "
        "anterior e estabeleceram um cronograma de acompanhamento. As conclusões foram "
        "registradas em ata assinada pelos chefes de delegação.",
        "A iniciativa foi coordenada pelo Ministério da Defesa e pelo Ministério das Relações "
        "Exteriores, com apoio técnico dos Estados-Maiores. A delegação do país parceiro "
        "({partner}) apresentou sua avaliação da situação regional, e as duas partes trocaram "
        "informações sobre suas prioridades de defesa para o próximo ano.",
        "A medida foi executada conforme o previsto no plano anual de cooperação internacional. "
        "Participaram oficiais das três Forças Armadas, servidores civis do Ministério e "
        "representantes do Ministério das Relações Exteriores. O programa incluiu exposições "
        "técnicas, visitas a unidades e um exercício prático de coordenação.",
        "As informações sobre datas, área, efetivos e meios empregados foram enviadas por via "
        "diplomática com uma semana de antecedência. Os Estados vizinhos acusaram o recebimento, "
        "e um deles solicitou esclarecimentos, que foram prestados em menos de quarenta e oito "
        "horas pelo canal acordado.",
        "O encontro reuniu em {city} especialistas do meio acadêmico, oficiais da ativa e "
        "representantes de organizações da sociedade civil. As palestras trataram da prevenção de "
        "conflitos, da gestão de riscos de desastres e da transparência em matéria de defesa. Os "
        "anais do evento serão publicados no sítio institucional.",
        "O intercâmbio permitiu que instrutores nacionais e seus colegas do país parceiro "
        "({partner}) compartilhassem metodologias de ensino e experiências em operações de "
        "manutenção da paz. Os participantes concluíram um módulo comum de direito internacional "
        "humanitário e elaboraram recomendações para harmonizar os currículos.",
        "As informações foram preparadas com base nos registros orçamentários oficiais e "
        "validadas pela Diretoria de Finanças antes do envio. O documento apresenta a "
        "distribuição dos gastos por Força, por natureza da despesa e por programa, o que "
        "facilita a comparação com os anos anteriores.",
        "As unidades participantes empregaram meios de transporte aéreo, saúde militar e "
        "engenharia em apoio às autoridades civis de proteção e defesa civil. O exercício testou "
        "os procedimentos de solicitação e recebimento de assistência internacional e a "
        "coordenação com os governos locais em {city} e arredores.",
        "A visita incluiu percursos por instalações de instrução, reuniões com o comando da "
        "unidade anfitriã e uma apresentação sobre a organização do sistema de defesa. A "
        "delegação visitante ({partner}) teve acesso às informações previstas no programa e "
        "manifestou interesse em retribuir com uma visita semelhante.",
        "Foram realizadas duas rodadas de consultas técnicas, uma presencial em {city} e outra "
        "por videoconferência, para preparar o texto posteriormente aprovado pelas autoridades "
        "políticas. Assessores jurídicos dos dois ministérios participaram do processo, que "
        "seguiu os procedimentos internos de aprovação de acordos.",
        "A comissão examinou os incidentes registrados na fronteira comum durante o semestre, "
        "verificou o funcionamento dos pontos de contato e atualizou o catálogo de ligações. Não "
        "foram relatados incidentes graves, e os casos menores foram resolvidos pelos comandantes "
        "locais, sem necessidade de levá-los ao nível ministerial.",
        "A publicação foi lançada em cerimônia pública com a presença de parlamentares, "
        "representantes do corpo diplomático e da imprensa. O texto integral está disponível em "
        "versão impressa e digital e foi distribuído às bibliotecas das academias militares e das "
        "principais universidades.",
        "O programa combinou aulas expositivas, estudos de caso e um exercício de simulação de "
        "crise com alunos civis e militares. Ao final do curso, os participantes apresentaram "
        "trabalhos de pesquisa que serão avaliados para publicação na revista do centro de "
        "estudos estratégicos.",
        "A coordenação entre as autoridades marítimas dos dois países permitiu definir áreas de "
        "patrulha, frequências de comunicação e procedimentos comuns em caso de encontro no mar. "
        "As tripulações realizaram ainda exercícios de comunicações e de busca e salvamento a "
        "partir de {city}.",
    ),
}

# Activity outcomes: one or two sentences, no placeholders.
OUTCOMES: dict[str, tuple[str, ...]] = {
    "es": (
        "Se firmó un acta de entendimiento que fija un calendario de reuniones semestrales.",
        "Las partes acordaron ampliar el intercambio de información sobre ejercicios militares a "
        "partir del próximo año.",
        "Se estableció una línea de comunicación directa entre los mandos fronterizos, que ya se "
        "utilizó con éxito en una prueba.",
        "Cuarenta y dos oficiales y funcionarios civiles completaron el curso y recibieron la "
        "certificación correspondiente.",
        "El informe se presentó dentro del plazo y quedó disponible para consulta de todos los "
        "Estados miembros.",
        "Se identificaron tres áreas prioritarias de cooperación, que se desarrollarán en el plan "
        "de trabajo del año siguiente.",
        "La experiencia permitió actualizar los protocolos nacionales de asistencia humanitaria "
        "en caso de desastre.",
        "Ambas delegaciones coincidieron en la utilidad del mecanismo y recomendaron mantener su "
        "periodicidad anual.",
        "Las observaciones de los Estados invitados fueron favorables. No se formularon "
        "objeciones sobre el desarrollo del ejercicio.",
        "Se aprobó un programa de intercambio recíproco de cadetes para los dos próximos años "
        "académicos.",
        "La publicación superó las cinco mil descargas en el sitio web institucional durante el "
        "primer mes.",
        "No se registraron incidentes durante el período, y el canal de enlace se mantuvo "
        "operativo de forma permanente.",
    ),
    "en": (
        "A memorandum of understanding was signed setting a timetable of half-yearly meetings.",
        "The parties agreed to widen the exchange of information on military exercises from next "
        "year.",
        "A direct communication line was set up between border commanders and has already been "
        "used successfully in a test.",
        "Forty-two officers and civil servants completed the course and received the "
        "corresponding certificate.",
        "The report was submitted on time and is available for consultation by all member states.",
        "Three priority areas for cooperation were identified and will be taken forward in next "
        "year's work plan.",
        "The experience led to an update of the national protocols for humanitarian assistance in "
        "disasters.",
        "Both delegations agreed that the mechanism is useful and recommended keeping it on an "
        "annual basis.",
        "The invited states gave favourable feedback. No objections were raised about the conduct "
        "of the exercise.",
        "A reciprocal cadet exchange programme was approved for the next two academic years.",
        "The publication was downloaded more than five thousand times from the institutional "
        "website in its first month.",
        "No incidents were recorded during the period, and the liaison channel remained "
        "operational at all times.",
    ),
    "fr": (
        "Un protocole d'accord a été signé ; il fixe un calendrier de réunions semestrielles.",
        "Les parties sont convenues d'élargir l'échange d'informations sur les exercices "
        "militaires à partir de l'année prochaine.",
        "Une ligne de communication directe a été établie entre les commandants frontaliers ; "
        "elle a déjà été utilisée avec succès lors d'un essai.",
        "Quarante-deux officiers et fonctionnaires civils ont achevé la formation et reçu le "
        "certificat correspondant.",
        "Le rapport a été présenté dans les délais et peut être consulté par tous les États "
        "membres.",
        "Trois domaines de coopération prioritaires ont été définis ; ils seront développés dans "
        "le plan de travail de l'année suivante.",
        "Cette expérience a permis d'actualiser les protocoles nationaux d'assistance humanitaire "
        "en cas de catastrophe.",
        "Les deux délégations ont reconnu l'utilité du mécanisme et recommandé d'en maintenir la "
        "périodicité annuelle.",
        "Les observations des États invités ont été favorables. Aucune objection n'a été formulée "
        "quant au déroulement de l'exercice.",
        "Un programme d'échange réciproque d'élèves officiers a été approuvé pour les deux "
        "prochaines années universitaires.",
        "La publication a été téléchargée plus de cinq mille fois sur le site institutionnel au "
        "cours du premier mois.",
        "Aucun incident n'a été enregistré pendant la période, et le canal de liaison est resté "
        "opérationnel en permanence.",
    ),
    "pt": (
        "Foi assinado um memorando de entendimento que fixa um calendário de reuniões semestrais.",
        "As partes acordaram ampliar o intercâmbio de informações sobre exercícios militares a "
        "partir do próximo ano.",
        "Foi estabelecida uma linha de comunicação direta entre os comandantes de fronteira, já "
        "utilizada com êxito em um teste.",
        "Quarenta e dois oficiais e servidores civis concluíram o curso e receberam o certificado "
        "correspondente.",
        "O relatório foi apresentado dentro do prazo e está disponível para consulta por todos os "
        "Estados membros.",
        "Foram identificadas três áreas prioritárias de cooperação, que serão desenvolvidas no "
        "plano de trabalho do ano seguinte.",
        "A experiência permitiu atualizar os protocolos nacionais de assistência humanitária em "
        "caso de desastre.",
        "As duas delegações reconheceram a utilidade do mecanismo e recomendaram manter sua "
        "periodicidade anual.",
        "As observações dos Estados convidados foram favoráveis. Não houve objeções quanto à "
        "condução do exercício.",
        "Foi aprovado um programa de intercâmbio recíproco de cadetes para os dois próximos anos "
        "letivos.",
        "A publicação ultrapassou cinco mil downloads no sítio institucional durante o primeiro "
        "mês.",
        "Não foram registrados incidentes durante o período, e o canal de ligação permaneceu "
        "operacional em caráter permanente.",
    ),
}

# Very long paragraphs (1,500 to 3,000 characters) for the stress-test report; no placeholders.
LONG_TEXTS: dict[str, tuple[str, ...]] = {
    "es": (
        "Durante el período que abarca el presente informe, el Ministerio de Defensa Nacional, en "
        "estrecha coordinación con el Ministerio de Relaciones Exteriores y el Comando Conjunto "
        "de las Fuerzas Armadas, dio continuidad a la política de fomento de la confianza que "
        "orienta la acción exterior del sector desde hace más de dos décadas. La agenda bilateral "
        "con los Estados vecinos se desarrolló según el calendario aprobado en las reuniones del "
        "año anterior: se celebraron las rondas ordinarias de conversaciones entre Estados "
        "Mayores, las reuniones de los comités de frontera y las consultas políticas en formato "
        "2+2, que reúnen a los ministros de Defensa y de Relaciones Exteriores. En cada una de "
        "estas instancias se examinó el cumplimiento de los compromisos asumidos, se actualizó la "
        "información sobre la organización y el despliegue de las fuerzas en las zonas limítrofes "
        "y se acordaron acciones concretas de seguimiento, cuya ejecución se verificará en la "
        "próxima ronda. Merece especial mención el funcionamiento del mecanismo de comunicación "
        "directa entre los comandos operacionales, que se activó en dos ocasiones para aclarar "
        "movimientos de unidades cerca de la línea de frontera. En ambos casos, la información "
        "solicitada se proporcionó en menos de seis horas, lo que evitó interpretaciones erróneas "
        "y confirmó la utilidad práctica de un instrumento que, hasta hace pocos años, existía "
        "únicamente en el papel. Paralelamente, la Dirección de Asuntos Internacionales elaboró "
        "un registro unificado de las actividades de cooperación, que permite conocer con "
        "exactitud qué compromisos se han cumplido, cuáles se encuentran en ejecución y cuáles "
        "requieren una decisión política adicional. Este registro, que se actualiza "
        "trimestralmente, sirvió de base para la preparación del presente informe y facilitará la "
        "rendición de cuentas ante la Comisión de Defensa del Congreso Nacional. Por último, el "
        "Ministerio reafirma su disposición a compartir con los demás Estados miembros de la "
        "Organización la experiencia acumulada en la gestión de estos mecanismos, con la "
        "convicción de que la transparencia recíproca constituye la base más sólida para la "
        "seguridad de la región.",
        "En materia de transparencia, el Estado presentó en tiempo y forma su informe anual al "
        "Registro de Armas Convencionales de las Naciones Unidas, con inclusión de los datos "
        "sobre producción nacional, así como el informe sobre gastos militares mediante el "
        "instrumento normalizado, cuya copia se remitió también a la Secretaría General de la OEA "
        "para su distribución entre los Estados miembros. La preparación de ambos documentos "
        "estuvo a cargo de un equipo interinstitucional integrado por la Dirección General de "
        "Planificación Presupuestaria, la Dirección de Asuntos Internacionales, los departamentos "
        "logísticos de cada fuerza y la oficina de auditoría interna, que verificó la coherencia "
        "de las cifras con la ley de presupuesto aprobada por el Congreso. Asimismo, se publicó "
        "la nueva edición del Libro Blanco de la Defensa Nacional, resultado de un proceso de "
        "consulta que incluyó audiencias públicas en cuatro regiones del país, mesas de trabajo "
        "con universidades y aportes por escrito de organizaciones de la sociedad civil. El "
        "documento describe la organización del Ministerio y de las Fuerzas Armadas, los "
        "criterios que rigen la planificación de capacidades, la evolución del presupuesto en los "
        "últimos diez años y los principios que orientan la participación nacional en operaciones "
        "de mantenimiento de la paz. Su presentación oficial contó con la asistencia de "
        "legisladores, magistrados, representantes de las misiones diplomáticas acreditadas y "
        "periodistas especializados, y la versión digital registró un número de consultas muy "
        "superior al de la edición anterior. En el plano bilateral, se aplicó por segundo año "
        "consecutivo la metodología común de medición del gasto en defensa acordada con uno de "
        "los países vecinos; el ejercicio de comparación, realizado por técnicos de ambos "
        "ministerios, confirmó la compatibilidad de las series estadísticas y permitió "
        "identificar algunas diferencias de clasificación contable que se corregirán en la "
        "próxima revisión. Por otra parte, las adquisiciones de armas convencionales efectuadas "
        "durante el período se notificaron conforme a la Convención Interamericana, dentro del "
        "plazo de noventa días previsto. El Ministerio considera que la publicación sistemática "
        "de esta información, lejos de afectar la seguridad nacional, contribuye a disipar "
        "desconfianzas y a fortalecer la previsibilidad de las relaciones de defensa en el "
        "hemisferio.",
        "La cooperación ante desastres naturales continuó siendo uno de los ámbitos en que las "
        "medidas de fomento de la confianza producen beneficios más visibles para la población. "
        "Durante la temporada de huracanes y lluvias intensas, las Fuerzas Armadas apoyaron a las "
        "autoridades de protección civil con aeronaves de transporte, hospitales de campaña, "
        "unidades de ingeniería y equipos de potabilización de agua, tanto en el territorio "
        "nacional como en un Estado vecino que solicitó asistencia por vía diplomática. La "
        "operación se rigió por los protocolos acordados en el marco regional, que establecen con "
        "claridad la cadena de solicitud, la autoridad civil responsable de la coordinación y las "
        "condiciones de ingreso y salida del personal y del material militar. Antes de la "
        "temporada se realizó un ejercicio combinado de gabinete y de campo, con participación de "
        "los ministerios de Salud, de Obras Públicas y de Relaciones Exteriores, de gobiernos "
        "departamentales y municipales, de la Cruz Roja y de organizaciones comunitarias, lo que "
        "permitió corregir con antelación varias deficiencias de comunicación detectadas en años "
        "anteriores. En el ámbito educativo, la Escuela Superior de Guerra y el Centro de "
        "Estudios Estratégicos abrieron sus cursos a diplomáticos, funcionarios civiles, "
        "académicos y estudiantes de posgrado, nacionales y extranjeros. El programa incluyó "
        "módulos sobre derecho internacional humanitario, prevención de conflictos, control de "
        "armamentos y evolución de las medidas de fomento de la confianza en el continente, y "
        "culminó con un ejercicio de simulación de crisis en el que equipos mixtos debieron "
        "negociar la solución de un incidente fronterizo ficticio. Asimismo, se mantuvo el "
        "programa de intercambio de cadetes y oficiales con academias de la región, que este año "
        "incorporó por primera vez estancias de un semestre completo. La evaluación realizada al "
        "término del período confirma que estas actividades, además de mejorar la formación del "
        "personal, crean vínculos duraderos entre futuros mandos de distintos países, lo que "
        "constituye una inversión a largo plazo en la estabilidad regional.",
    ),
    "en": (
        "During the period covered by this report, the Ministry of Defence, working closely with "
        "the Ministry of Foreign Affairs and the Joint Staff, continued the confidence-building "
        "policy that has guided the sector's international engagement for more than two decades. "
        "The bilateral agenda with neighbouring states followed the calendar agreed at last "
        "year's meetings: the regular rounds of defence staff talks, the meetings of the border "
        "committees and the 2+2 political consultations, which bring together the ministers of "
        "defence and foreign affairs, all took place as scheduled. At each meeting the parties "
        "reviewed the implementation of earlier commitments, updated the information on the "
        "organisation and deployment of forces in the border areas and agreed specific follow-up "
        "actions, whose completion will be checked at the next round. The direct communication "
        "link between the operational commands deserves particular mention. It was activated "
        "twice to clarify unit movements near the border, and on both occasions the information "
        "requested was provided in less than six hours, which prevented any misreading and "
        "confirmed the practical value of an arrangement that, until a few years ago, existed "
        "only on paper. In parallel, the Directorate of International Affairs set up a single "
        "register of cooperation activities showing exactly which commitments have been "
        "fulfilled, which are under way and which require a further political decision. The "
        "register is updated every quarter; it served as the basis for this report and will make "
        "it easier for the Ministry to account for its work to the parliamentary defence "
        "committee. Delegations from the region also took part in the regional seminar held in "
        "Bogotá and in the meeting of border authorities in Asunción, where the register was "
        "presented as an example of good practice. Finally, the Ministry reaffirms its readiness "
        "to share with the other member states of the Organization the experience gained in "
        "running these mechanisms, in the conviction that reciprocal transparency is the soundest "
        "foundation for security in the region.",
        "On transparency, the state submitted on time its annual return to the United Nations "
        "Register of Conventional Arms, including data on national production, together with its "
        "military expenditure report through the standardized instrument, a copy of which was "
        "also sent to the OAS General Secretariat for circulation among member states. Both "
        "documents were prepared by an inter-agency team made up of the Budget Planning "
        "Directorate, the Directorate of International Affairs, the logistics branches of each "
        "service and the internal audit office, which checked the figures against the budget act "
        "passed by Parliament. A new edition of the National Defence White Paper was also "
        "published. It is the result of a consultation process that included public hearings in "
        "four regions of the country, working sessions with universities and written submissions "
        "from civil society organisations. The document describes the organisation of the "
        "Ministry and the armed forces, the criteria that govern capability planning, the trend "
        "of the defence budget over the last ten years and the principles guiding national "
        "participation in peacekeeping operations. Its official launch was attended by "
        "legislators, members of the judiciary, representatives of the accredited diplomatic "
        "missions and specialist journalists, and the online version was consulted far more often "
        "than the previous edition. At bilateral level, the common methodology for measuring "
        "defence spending agreed with a neighbouring country was applied for the second year "
        "running; the comparison, carried out by technical staff of both ministries, confirmed "
        "that the statistical series are compatible and identified some differences in accounting "
        "classification that will be corrected at the next review. Acquisitions of conventional "
        "weapons made during the period were notified under the Inter-American Convention within "
        "the ninety-day time limit. The Ministry considers that the systematic publication of "
        "this information, far from harming national security, helps to dispel mistrust and makes "
        "defence relations in the hemisphere more predictable.",
        "Cooperation in natural disasters remained one of the areas where confidence-building "
        "measures bring the most visible benefits to the population. During the hurricane and "
        "heavy-rain season, the armed forces supported the civil protection authorities with "
        "transport aircraft, field hospitals, engineering units and water purification teams, "
        "both at home and in a neighbouring state that requested assistance through diplomatic "
        "channels. The operation followed the protocols agreed at regional level, which set out "
        "clearly the chain of requests, the civilian authority responsible for coordination and "
        "the conditions for the entry and departure of military personnel and equipment. Before "
        "the season, a combined tabletop and field exercise was held with the ministries of "
        "Health, Public Works and Foreign Affairs, regional and municipal governments, the Red "
        "Cross and community organisations, which made it possible to correct in advance several "
        "communication weaknesses identified in earlier years. In education, the National War "
        "College and the Centre for Strategic Studies opened their courses to diplomats, civil "
        "servants, academics and postgraduate students from home and abroad. The programme "
        "included modules on international humanitarian law, conflict prevention, arms control "
        "and the development of confidence-building measures in the Americas, and ended with a "
        "crisis simulation in which mixed teams had to negotiate the settlement of a fictitious "
        "border incident. Guest lecturers came from staff colleges in Brasília, Querétaro and "
        "Panamá, and the closing session was held jointly with a university in Medellín by "
        "videoconference. The cadet and officer exchange programme with academies in the region "
        "also continued and, for the first time, included stays of a full semester. The "
        "assessment carried out at the end of the period confirms that these activities, besides "
        "improving training, create lasting ties between future commanders of different "
        "countries, which is a long-term investment in regional stability.",
    ),
    "fr": (
        "Au cours de la période couverte par le présent rapport, le ministère de la Défense "
        "nationale, en étroite concertation avec le ministère des Affaires étrangères et "
        "l'état-major des forces armées, a poursuivi la politique de confiance qui oriente depuis "
        "plus de deux décennies l'action extérieure du secteur. L'agenda bilatéral avec les États "
        "voisins s'est déroulé selon le calendrier arrêté lors des réunions de l'année précédente "
        ": les cycles ordinaires de pourparlers d'états-majors, les réunions des comités "
        "frontaliers et les consultations politiques au format 2+2, qui réunissent les ministres "
        "de la Défense et des Affaires étrangères, ont eu lieu aux dates prévues. À chacune de "
        "ces réunions, les parties ont examiné la mise en œuvre des engagements antérieurs, "
        "actualisé les informations relatives à l'organisation et au déploiement des forces dans "
        "les zones frontalières et arrêté des mesures de suivi précises, dont l'exécution sera "
        "vérifiée lors du prochain cycle. Le mécanisme de communication directe entre les "
        "commandements opérationnels mérite une mention particulière : activé à deux reprises "
        "pour clarifier des mouvements d'unités à proximité de la frontière, il a permis chaque "
        "fois d'obtenir les informations demandées en moins de six heures, ce qui a écarté toute "
        "méprise et confirmé l'utilité concrète d'un dispositif qui, il y a quelques années "
        "encore, n'existait que sur le papier. Parallèlement, la direction des affaires "
        "internationales a créé un registre unique des activités de coopération, qui indique avec "
        "précision quels engagements ont été tenus, lesquels sont en cours d'exécution et "
        "lesquels nécessitent une décision politique supplémentaire. Mis à jour chaque trimestre, "
        "ce registre a servi de base à l'élaboration du présent rapport et facilitera la "
        "reddition de comptes devant la commission de la défense du Parlement. Enfin, le "
        "ministère réaffirme sa volonté de partager avec les autres États membres de "
        "l'Organisation l'expérience acquise dans la gestion de ces mécanismes, convaincu que la "
        "transparence réciproque constitue le fondement le plus solide de la sécurité régionale.",
        "En matière de transparence, l'État a présenté dans les délais son rapport annuel au "
        "Registre des armes classiques des Nations Unies, données sur la production nationale "
        "comprises, ainsi que son rapport sur les dépenses militaires au moyen de l'instrument "
        "normalisé, dont une copie a également été adressée au Secrétariat général de l'OEA pour "
        "diffusion aux États membres. Ces deux documents ont été préparés par une équipe "
        "interministérielle réunissant la direction de la planification budgétaire, la direction "
        "des affaires internationales, les services logistiques de chaque armée et le bureau "
        "d'audit interne, qui a vérifié la cohérence des chiffres avec la loi de finances votée "
        "par le Parlement. Une nouvelle édition du Livre blanc sur la défense nationale a par "
        "ailleurs été publiée, au terme d'une consultation comprenant des audiences publiques "
        "dans quatre régions du pays, des ateliers avec les universités et des contributions "
        "écrites d'organisations de la société civile. Le document décrit l'organisation du "
        "ministère et des forces armées, les critères qui régissent la planification des "
        "capacités, l'évolution du budget de la défense au cours des dix dernières années et les "
        "principes qui guident la participation nationale aux opérations de maintien de la paix. "
        "Sa présentation officielle a réuni des parlementaires, des magistrats, des représentants "
        "des missions diplomatiques accréditées et des journalistes spécialisés, et la version "
        "numérique a été consultée bien davantage que l'édition précédente. Sur le plan "
        "bilatéral, la méthode commune de mesure des dépenses de défense convenue avec un pays "
        "voisin a été appliquée pour la deuxième année consécutive ; l'exercice de comparaison, "
        "mené par des experts des deux ministères, a confirmé la compatibilité des séries "
        "statistiques et mis en évidence quelques différences de classification comptable, qui "
        "seront corrigées lors de la prochaine révision. Les acquisitions d'armes classiques "
        "réalisées pendant la période ont été notifiées au titre de la Convention "
        "interaméricaine, dans le délai de quatre-vingt-dix jours prévu. Le ministère estime que "
        "la publication systématique de ces informations, loin de nuire à la sécurité nationale, "
        "contribue à dissiper la méfiance et à rendre plus prévisibles les relations de défense "
        "dans l'hémisphère.",
        "La coopération en cas de catastrophe naturelle est demeurée l'un des domaines où les "
        "mesures de confiance apportent les bénéfices les plus visibles à la population. Pendant "
        "la saison des ouragans et des pluies intenses, les forces armées ont appuyé les "
        "autorités de protection civile au moyen d'avions de transport, d'hôpitaux de campagne, "
        "d'unités du génie et d'équipes de potabilisation de l'eau, tant sur le territoire "
        "national que dans un État voisin qui avait sollicité une aide par la voie diplomatique. "
        "L'opération s'est déroulée conformément aux protocoles convenus à l'échelle régionale, "
        "qui précisent la chaîne des demandes, l'autorité civile chargée de la coordination et "
        "les conditions d'entrée et de sortie du personnel et du matériel militaires. Avant la "
        "saison, un exercice combiné sur table et sur le terrain a été organisé avec les "
        "ministères de la Santé, des Travaux publics et des Affaires étrangères, les "
        "collectivités départementales et communales, la Croix-Rouge et des associations de "
        "quartier, ce qui a permis de corriger à l'avance plusieurs faiblesses de communication "
        "relevées les années précédentes. Dans le domaine de l'enseignement, l'École supérieure "
        "de guerre et le Centre d'études stratégiques ont ouvert leurs cours à des diplomates, "
        "des fonctionnaires, des universitaires et des étudiants de troisième cycle, nationaux et "
        "étrangers. Le programme comprenait des modules consacrés au droit international "
        "humanitaire, à la prévention des conflits, à la maîtrise des armements et à l'évolution "
        "des mesures de confiance sur le continent ; il s'est achevé par une simulation de crise "
        "au cours de laquelle des équipes mixtes ont dû négocier le règlement d'un incident "
        "frontalier fictif. Le programme d'échange d'élèves officiers et d'officiers avec les "
        "écoles de la région s'est également poursuivi et a inclus, pour la première fois, des "
        "séjours d'un semestre complet. L'évaluation réalisée en fin de période confirme que ces "
        "activités, outre qu'elles améliorent la formation du personnel, créent des liens "
        "durables entre les futurs chefs militaires de différents pays, ce qui représente un "
        "investissement à long terme dans la stabilité régionale.",
    ),
    "pt": (
        "Durante o período abrangido por este relatório, o Ministério da Defesa, em estreita "
        "coordenação com o Ministério das Relações Exteriores e o Estado-Maior Conjunto das "
        "Forças Armadas, deu continuidade à política de fortalecimento da confiança que orienta a "
        "atuação internacional do setor há mais de duas décadas. A agenda bilateral com os "
        "Estados vizinhos seguiu o calendário aprovado nas reuniões do ano anterior: foram "
        "realizadas as rodadas ordinárias de conversações entre Estados-Maiores, as reuniões dos "
        "comitês de fronteira e as consultas políticas no formato 2+2, que reúnem os ministros da "
        "Defesa e das Relações Exteriores. Em cada uma dessas instâncias, examinou-se o "
        "cumprimento dos compromissos assumidos, atualizaram-se as informações sobre a "
        "organização e o desdobramento das forças nas áreas de fronteira e acordaram-se ações "
        "concretas de acompanhamento, cuja execução será verificada na próxima rodada. Merece "
        "destaque o funcionamento do mecanismo de comunicação direta entre os comandos "
        "operacionais, acionado em duas ocasiões para esclarecer deslocamentos de unidades "
        "próximos à linha de fronteira. Em ambos os casos, as informações solicitadas foram "
        "fornecidas em menos de seis horas, o que evitou interpretações equivocadas e confirmou a "
        "utilidade prática de um instrumento que, até poucos anos atrás, existia apenas no papel. "
        "Paralelamente, a Assessoria de Relações Internacionais elaborou um registro unificado "
        "das atividades de cooperação, que permite saber com exatidão quais compromissos foram "
        "cumpridos, quais estão em execução e quais dependem de uma decisão política adicional. "
        "Atualizado trimestralmente, esse registro serviu de base para a preparação deste "
        "relatório e facilitará a prestação de contas à comissão de defesa do Congresso Nacional. "
        "Por fim, o Ministério reafirma sua disposição de compartilhar com os demais Estados "
        "membros da Organização a experiência acumulada na gestão desses mecanismos, na convicção "
        "de que a transparência recíproca é o alicerce mais sólido para a segurança da região.",
        "Em matéria de transparência, o Estado apresentou dentro do prazo seu relatório anual ao "
        "Registro de Armas Convencionais das Nações Unidas, incluindo os dados sobre a produção "
        "nacional, bem como o relatório de gastos militares por meio do instrumento padronizado, "
        "cuja cópia também foi encaminhada à Secretaria-Geral da OEA para distribuição aos "
        "Estados membros. A preparação dos dois documentos coube a uma equipe interinstitucional "
        "composta pela Diretoria de Planejamento Orçamentário, pela Assessoria de Relações "
        "Internacionais, pelos setores de logística de cada Força e pela unidade de auditoria "
        "interna, que verificou a coerência dos números com a lei orçamentária aprovada pelo "
        "Congresso. Foi publicada ainda a nova edição do Livro Branco de Defesa Nacional, "
        "resultado de um processo de consulta que incluiu audiências públicas em quatro regiões "
        "do país, mesas de trabalho com universidades e contribuições escritas de organizações da "
        "sociedade civil. O documento descreve a organização do Ministério e das Forças Armadas, "
        "os critérios que orientam o planejamento de capacidades, a evolução do orçamento nos "
        "últimos dez anos e os princípios que norteiam a participação nacional em operações de "
        "manutenção da paz. Seu lançamento oficial contou com a presença de parlamentares, "
        "magistrados, representantes das missões diplomáticas acreditadas e jornalistas "
        "especializados, e a versão digital registrou um número de acessos muito superior ao da "
        "edição anterior. No plano bilateral, aplicou-se pelo segundo ano consecutivo a "
        "metodologia comum de medição dos gastos de defesa acordada com um dos países vizinhos; o "
        "exercício de comparação, conduzido por técnicos dos dois ministérios, confirmou a "
        "compatibilidade das séries estatísticas e permitiu identificar algumas diferenças de "
        "classificação contábil, que serão corrigidas na próxima revisão. As aquisições de armas "
        "convencionais realizadas no período foram notificadas nos termos da Convenção "
        "Interamericana, dentro do prazo de noventa dias. O Ministério considera que a publicação "
        "sistemática dessas informações, longe de prejudicar a segurança nacional, contribui para "
        "dissipar desconfianças e tornar mais previsíveis as relações de defesa no hemisfério.",
        "A cooperação em desastres naturais continuou a ser uma das áreas em que as medidas de "
        "fortalecimento da confiança trazem benefícios mais visíveis à população. Durante a "
        "temporada de chuvas intensas e de furacões, as Forças Armadas apoiaram as autoridades de "
        "proteção e defesa civil com aeronaves de transporte, hospitais de campanha, unidades de "
        "engenharia e equipes de tratamento de água, tanto no território nacional quanto em um "
        "Estado vizinho que solicitou assistência por via diplomática. A operação obedeceu aos "
        "protocolos acordados no âmbito regional, que definem com clareza a cadeia de "
        "solicitação, a autoridade civil responsável pela coordenação e as condições de entrada e "
        "saída do pessoal e do material militar. Antes da temporada, realizou-se um exercício "
        "combinado de gabinete e de campo com a participação dos ministérios da Saúde, da "
        "Infraestrutura e das Relações Exteriores, de governos estaduais e municipais, da Cruz "
        "Vermelha e de associações comunitárias, o que permitiu corrigir antecipadamente várias "
        "deficiências de comunicação identificadas em anos anteriores. Na área de ensino, a "
        "Escola Superior de Guerra e o Centro de Estudos Estratégicos abriram seus cursos a "
        "diplomatas, servidores civis, acadêmicos e alunos de pós-graduação, nacionais e "
        "estrangeiros. O programa incluiu módulos sobre direito internacional humanitário, "
        "prevenção de conflitos, controle de armamentos e evolução das medidas de fortalecimento "
        "da confiança no continente, e terminou com um exercício de simulação de crise em que "
        "equipes mistas tiveram de negociar a solução de um incidente de fronteira fictício. "
        "Manteve-se também o programa de intercâmbio de cadetes e oficiais com academias da "
        "região, que neste ano incluiu, pela primeira vez, estágios de um semestre inteiro. A "
        "avaliação realizada ao fim do período confirma que essas atividades, além de aprimorar a "
        "formação do pessoal, criam vínculos duradouros entre futuros comandantes de diferentes "
        "países, o que constitui um investimento de longo prazo na estabilidade regional.",
    ),
}

# Cities by ISO 3166 alpha-3 code of the 35 OAS member states, in their local spelling.
CITIES: dict[str, tuple[str, ...]] = {
    "ATG": ("St. John's", "English Harbour"),
    "ARG": ("Buenos Aires", "Córdoba", "Mendoza", "Bahía Blanca", "Ushuaia"),
    "BHS": ("Nassau", "Freeport"),
    "BRB": ("Bridgetown", "Speightstown", "Holetown"),
    "BLZ": ("Belmopan", "Belize City", "San Ignacio"),
    "BOL": ("La Paz", "Santa Cruz de la Sierra", "Cochabamba", "Sucre"),
    "BRA": ("Brasília", "São Paulo", "Manaus", "Porto Alegre", "Belém", "Florianópolis"),
    "CAN": ("Ottawa", "Montréal", "Halifax", "Québec", "Kingston"),
    "CHL": ("Santiago", "Valparaíso", "Punta Arenas", "Antofagasta", "Iquique"),
    "COL": ("Bogotá", "Medellín", "Cartagena de Indias", "Cali", "Leticia"),
    "CRI": ("San José", "Liberia", "Puntarenas"),
    "CUB": ("La Habana", "Santiago de Cuba"),
    "DMA": ("Roseau", "Portsmouth"),
    "DOM": ("Santo Domingo", "Santiago de los Caballeros", "Puerto Plata"),
    "ECU": ("Quito", "Guayaquil", "Cuenca", "Manta"),
    "SLV": ("San Salvador", "Santa Ana", "San Miguel"),
    "GRD": ("St. George's", "Gouyave"),
    "GTM": ("Ciudad de Guatemala", "Quetzaltenango", "Puerto Barrios", "Cobán"),
    "GUY": ("Georgetown", "Linden", "New Amsterdam"),
    "HTI": ("Port-au-Prince", "Jacmel", "Jérémie", "Pétion-Ville"),
    "HND": ("Tegucigalpa", "San Pedro Sula", "La Ceiba", "Comayagua"),
    "JAM": ("Kingston", "Montego Bay", "Ocho Rios"),
    "MEX": ("Ciudad de México", "Mérida", "Querétaro", "Guadalajara", "Tapachula"),
    "NIC": ("Managua", "León", "Bluefields"),
    "PAN": ("Ciudad de Panamá", "Colón", "David"),
    "PRY": ("Asunción", "Encarnación", "Ciudad del Este", "Concepción"),
    "PER": ("Lima", "Arequipa", "Cusco", "Iquitos", "Tacna"),
    "KNA": ("Basseterre", "Charlestown"),
    "LCA": ("Castries", "Vieux Fort"),
    "VCT": ("Kingstown", "Georgetown"),
    "SUR": ("Paramaribo", "Nieuw Nickerie"),
    "TTO": ("Port of Spain", "San Fernando", "Chaguaramas"),
    "USA": ("Washington, D.C.", "Miami", "San Antonio", "Norfolk", "Colorado Springs"),
    "URY": ("Montevideo", "Colonia del Sacramento", "Salto", "Rivera"),
    "VEN": ("Caracas", "Maracaibo", "Puerto Ordaz"),
}

# Public references ({n}, {year}); every URL uses the reserved .example domain.
PUBLIC_REFERENCES: tuple[str, ...] = (
    "Comunicado conjunto n.º {n}/{year}",
    "Libro Blanco de la Defensa {year}",
    "https://www.defensa.example/{year}/{n}",
    "Acta de la {n}.ª reunión de la Comisión Binacional de Frontera, {year}",
    "Resolución ministerial n.º {n}/{year}, Diario Oficial",
    "Joint statement No. {n}/{year}",
    "National Defence White Paper {year}, chapter {n}",
    "https://www.defence.example/publications/{year}/csbm-{n}",
    "Communiqué conjoint n° {n}/{year}",
    "Livre blanc sur la défense et la sécurité nationale {year}",
    "https://www.defense.example/actualites/{year}/{n}",
    "Nota conjunta n.º {n}/{year}",
    "Livro Branco de Defesa Nacional {year}",
    "https://www.defesa.example/assuntos/{year}/noticia-{n}",
    "Nota verbal n.º {n}/{year} de la Misión Permanente ante la OEA",
    "Memorandum of understanding, {year}, article {n}",
)

# Answers to the guiding questions, per language and characteristic number (1 to 7):
# 1 crisis alleviation, 2 cross-sector cooperation, 3 stability of commitments,
# 4 dissemination and public access, 5 multi-level commitment, 6 growth of exchanges,
# 7 gradual progression. No placeholders.
ANSWERS: dict[str, dict[int, tuple[str, ...]]] = {
    "es": {
        1: (
            "Las reuniones periódicas de los mandos fronterizos y la línea directa entre Estados "
            "Mayores permitieron aclarar con rapidez dos situaciones imprevistas en la zona "
            "limítrofe. En ambos casos la información se intercambió en pocas horas y no fue "
            "necesario adoptar medidas adicionales. Estos canales reducen el riesgo de que un "
            "malentendido derive en una reacción militar precipitada.",
            "La notificación anticipada de los ejercicios y la invitación a observadores "
            "extranjeros despejaron cualquier duda sobre el carácter defensivo de las maniobras "
            "realizadas durante el año. Aunque no se presentaron crisis, los mecanismos de "
            "comunicación se pusieron a prueba y demostraron estar operativos.",
        ),
        2: (
            "Varias de las actividades informadas se organizaron junto con los ministerios de "
            "Relaciones Exteriores, Salud, Educación y Ambiente, así como con los organismos de "
            "protección civil. El ejercicio de respuesta ante desastres, en particular, integró a "
            "las autoridades sanitarias y a los gobiernos locales en la planificación y la "
            "ejecución.",
            "La cooperación con universidades y centros de investigación amplió el alcance de las "
            "medidas más allá del ámbito estrictamente militar. Los cursos y seminarios contaron "
            "con estudiantes civiles, periodistas especializados y representantes de "
            "organizaciones no gubernamentales.",
        ),
        3: (
            "Las medidas aplicadas se apoyan en acuerdos bilaterales vigentes desde hace más de "
            "una década, que se han cumplido con regularidad con independencia de los cambios de "
            "gobierno. Durante el año se renovó por otros cinco años el memorando de "
            "entendimiento sobre cooperación fronteriza.",
            "El Estado mantuvo sin interrupción la presentación de sus informes a la OEA y a las "
            "Naciones Unidas, lo que confirma la continuidad de sus compromisos en materia de "
            "transparencia. Los mecanismos de consulta bilateral se reunieron en las fechas "
            "previstas, sin aplazamientos.",
        ),
        4: (
            "Los informes nacionales, el Libro Blanco de la Defensa y las memorias de los "
            "seminarios se publicaron en el sitio web del Ministerio y pueden consultarse "
            "libremente. Además, se remitieron ejemplares impresos a las embajadas de los Estados "
            "de la región acreditadas en el país.",
            "El Ministerio difundió los resultados de las principales actividades en conferencias "
            "de prensa y en sus cuentas oficiales en redes sociales. Esta difusión permite que "
            "los países vecinos y la ciudadanía conozcan y verifiquen el alcance de las medidas "
            "adoptadas.",
        ),
        5: (
            "Las medidas contaron con la participación de autoridades de distintos niveles: el "
            "ministro de Defensa encabezó el diálogo político, los Estados Mayores condujeron las "
            "conversaciones técnicas y los mandos locales gestionaron la cooperación fronteriza. "
            "La Comisión de Defensa del Congreso recibió un informe detallado y visitó una de las "
            "actividades.",
            "Las autoridades de las provincias fronterizas participaron en la planificación de "
            "los ejercicios de protección civil. También intervinieron la Cancillería y "
            "representantes del Poder Judicial en los talleres sobre cooperación jurídica en "
            "zonas de frontera.",
        ),
        6: (
            "El número de intercambios de personal aumentó respecto del año anterior, con nuevos "
            "programas de cadetes e instructores y una mayor participación en cursos regionales. "
            "Estos contactos fortalecen los vínculos institucionales y personales entre las "
            "fuerzas armadas de la región.",
            "Las visitas recíprocas y las escalas de buques de instrucción dieron lugar también a "
            "actividades culturales y comerciales en las ciudades anfitrionas. Este aumento de "
            "los intercambios contribuye a la estabilidad política y al dinamismo económico de "
            "las zonas de frontera.",
        ),
        7: (
            "Las medidas de este año consolidan los resultados de etapas anteriores: el "
            "intercambio de calendarios de ejercicios, iniciado hace tres años, se amplió ahora a "
            "la invitación de observadores. El siguiente paso previsto es un ejercicio combinado "
            "de planificación conjunta.",
            "El Ministerio sigue un enfoque progresivo, en el que cada acuerdo se pone en "
            "práctica y se evalúa antes de avanzar hacia compromisos más exigentes. La buena "
            "experiencia con el mecanismo de consulta técnica permitió este año elevarlo al nivel "
            "viceministerial.",
        ),
    },
    "en": {
        1: (
            "Regular meetings of border commanders and the direct line between the general staffs "
            "made it possible to clarify two unexpected situations in the border area quickly. In "
            "both cases information was exchanged within a few hours and no further action was "
            "needed. These channels reduce the risk that a misunderstanding leads to a hasty "
            "military response.",
            "Advance notice of exercises and the invitation of foreign observers removed any "
            "doubt about the defensive nature of the manoeuvres held during the year. Although no "
            "crisis arose, the communication mechanisms were tested and proved to be operational.",
        ),
        2: (
            "Several of the activities reported were organised together with the ministries of "
            "Foreign Affairs, Health, Education and Environment and with the civil protection "
            "agencies. The disaster response exercise in particular involved health authorities "
            "and local governments in both planning and execution.",
            "Cooperation with universities and research centres extended the reach of the "
            "measures beyond the strictly military field. Courses and seminars were attended by "
            "civilian students, specialist journalists and representatives of non-governmental "
            "organisations.",
        ),
        3: (
            "The measures applied rest on bilateral agreements that have been in force for more "
            "than a decade and have been honoured regularly regardless of changes of government. "
            "During the year the memorandum of understanding on border cooperation was renewed "
            "for a further five years.",
            "The state has submitted its reports to the OAS and the United Nations without "
            "interruption, which confirms the continuity of its transparency commitments. The "
            "bilateral consultation mechanisms met on the scheduled dates, with no postponements.",
        ),
        4: (
            "National reports, the Defence White Paper and the proceedings of the seminars were "
            "published on the Ministry's website and can be consulted freely. Printed copies were "
            "also sent to the embassies of the states of the region accredited in the country.",
            "The Ministry made the results of the main activities known through press conferences "
            "and its official social media accounts. This allows neighbouring countries and the "
            "public to learn about and verify the scope of the measures taken.",
        ),
        5: (
            "Authorities at several levels took part: the Minister of Defence led the political "
            "dialogue, the general staffs conducted the technical talks and local commanders "
            "managed border cooperation. The parliamentary defence committee received a detailed "
            "briefing and visited one of the activities.",
            "Authorities of the border provinces took part in planning the civil protection "
            "exercises. The Ministry of Foreign Affairs and representatives of the judiciary also "
            "contributed to the workshops on legal cooperation in border areas.",
        ),
        6: (
            "The number of personnel exchanges rose compared with the previous year, with new "
            "cadet and instructor programmes and greater participation in regional courses. These "
            "contacts strengthen institutional and personal ties between the armed forces of the "
            "region.",
            "Reciprocal visits and port calls by training ships also led to cultural and "
            "commercial activities in the host cities. This growth in exchanges supports "
            "political stability and economic activity in the border regions.",
        ),
        7: (
            "This year's measures build on the results of earlier stages: the exchange of "
            "exercise calendars, begun three years ago, has now been extended to the invitation "
            "of observers. The next planned step is a combined planning exercise.",
            "The Ministry follows a step-by-step approach in which each agreement is put into "
            "practice and assessed before moving on to more demanding commitments. Good "
            "experience with the technical consultation mechanism allowed it to be raised to "
            "vice-ministerial level this year.",
        ),
    },
    "fr": {
        1: (
            "Les réunions périodiques des commandants frontaliers et la ligne directe entre "
            "états-majors ont permis de clarifier rapidement deux situations imprévues dans la "
            "zone frontalière. Dans les deux cas, les informations ont été échangées en quelques "
            "heures et aucune mesure supplémentaire n'a été nécessaire. Ces canaux réduisent le "
            "risque qu'un malentendu ne débouche sur une réaction militaire précipitée.",
            "Le préavis des exercices et l'invitation d'observateurs étrangers ont levé toute "
            "ambiguïté quant au caractère défensif des manœuvres menées pendant l'année. Bien "
            "qu'aucune crise ne soit survenue, les mécanismes de communication ont été éprouvés "
            "et se sont révélés opérationnels.",
        ),
        2: (
            "Plusieurs des activités signalées ont été organisées avec les ministères des "
            "Affaires étrangères, de la Santé, de l'Éducation et de l'Environnement, ainsi "
            "qu'avec les services de protection civile. L'exercice de réponse aux catastrophes a "
            "notamment associé les autorités sanitaires et les collectivités locales à la "
            "planification comme à l'exécution.",
            "La coopération avec les universités et les centres de recherche a étendu la portée "
            "des mesures au-delà du seul domaine militaire. Les cours et séminaires ont accueilli "
            "des étudiants civils, des journalistes spécialisés et des représentants "
            "d'organisations non gouvernementales.",
        ),
        3: (
            "Les mesures appliquées reposent sur des accords bilatéraux en vigueur depuis plus de "
            "dix ans, respectés avec régularité indépendamment des changements de gouvernement. "
            "Au cours de l'année, le protocole d'accord sur la coopération frontalière a été "
            "reconduit pour cinq ans.",
            "L'État a présenté sans interruption ses rapports à l'OEA et aux Nations Unies, ce "
            "qui confirme la continuité de ses engagements en matière de transparence. Les "
            "mécanismes de consultation bilatérale se sont réunis aux dates prévues, sans report.",
        ),
        4: (
            "Les rapports nationaux, le Livre blanc sur la défense et les actes des séminaires "
            "ont été publiés sur le site du ministère et sont librement consultables. Des "
            "exemplaires imprimés ont en outre été remis aux ambassades des États de la région "
            "accréditées dans le pays.",
            "Le ministère a fait connaître les résultats des principales activités lors de "
            "conférences de presse et sur ses comptes officiels de réseaux sociaux. Cette "
            "diffusion permet aux pays voisins et aux citoyens de connaître et de vérifier la "
            "portée des mesures prises.",
        ),
        5: (
            "Des autorités de plusieurs échelons y ont pris part : le ministre de la Défense a "
            "conduit le dialogue politique, les états-majors ont mené les pourparlers techniques "
            "et les commandants locaux ont géré la coopération frontalière. La commission de la "
            "défense du Parlement a reçu un compte rendu détaillé et s'est rendue sur l'une des "
            "activités.",
            "Les autorités des départements frontaliers ont participé à la planification des "
            "exercices de protection civile. Le ministère des Affaires étrangères et des "
            "représentants de l'autorité judiciaire ont également contribué aux ateliers sur la "
            "coopération juridique dans les zones frontalières.",
        ),
        6: (
            "Le nombre d'échanges de personnel a augmenté par rapport à l'année précédente, grâce "
            "à de nouveaux programmes pour élèves officiers et instructeurs et à une "
            "participation accrue aux cours régionaux. Ces contacts renforcent les liens "
            "institutionnels et personnels entre les forces armées de la région.",
            "Les visites réciproques et les escales de navires-écoles ont également donné lieu à "
            "des activités culturelles et commerciales dans les villes d'accueil. Cette "
            "croissance des échanges favorise la stabilité politique et le dynamisme économique "
            "des régions frontalières.",
        ),
        7: (
            "Les mesures de cette année consolident les acquis des étapes antérieures : l'échange "
            "des calendriers d'exercices, engagé il y a trois ans, s'étend désormais à "
            "l'invitation d'observateurs. La prochaine étape prévue est un exercice combiné de "
            "planification conjointe.",
            "Le ministère suit une démarche progressive, dans laquelle chaque accord est mis en "
            "pratique et évalué avant de passer à des engagements plus exigeants. L'expérience "
            "positive du mécanisme de consultation technique a permis cette année de le porter au "
            "niveau vice-ministériel.",
        ),
    },
    "pt": {
        1: (
            "As reuniões periódicas dos comandantes de fronteira e a linha direta entre os "
            "Estados-Maiores permitiram esclarecer com rapidez duas situações imprevistas na "
            "faixa de fronteira. Em ambos os casos, as informações foram trocadas em poucas horas "
            "e não foi necessário adotar medidas adicionais. Esses canais reduzem o risco de que "
            "um mal-entendido leve a uma reação militar precipitada.",
            "A notificação prévia dos exercícios e o convite a observadores estrangeiros "
            "afastaram qualquer dúvida sobre o caráter defensivo das manobras realizadas durante "
            "o ano. Embora não tenha havido crises, os mecanismos de comunicação foram testados e "
            "mostraram-se operacionais.",
        ),
        2: (
            "Várias das atividades relatadas foram organizadas em conjunto com os ministérios das "
            "Relações Exteriores, da Saúde, da Educação e do Meio Ambiente, bem como com os "
            "órgãos de defesa civil. O exercício de resposta a desastres, em especial, integrou "
            "as autoridades de saúde e os governos locais no planejamento e na execução.",
            "A cooperação com universidades e centros de pesquisa ampliou o alcance das medidas "
            "para além do campo estritamente militar. Os cursos e seminários contaram com alunos "
            "civis, jornalistas especializados e representantes de organizações não "
            "governamentais.",
        ),
        3: (
            "As medidas aplicadas apoiam-se em acordos bilaterais em vigor há mais de uma década, "
            "cumpridos com regularidade independentemente das mudanças de governo. Durante o ano, "
            "o memorando de entendimento sobre cooperação fronteiriça foi renovado por mais cinco "
            "anos.",
            "O Estado manteve sem interrupção a apresentação de seus relatórios à OEA e às Nações "
            "Unidas, o que confirma a continuidade de seus compromissos em matéria de "
            "transparência. Os mecanismos de consulta bilateral reuniram-se nas datas previstas, "
            "sem adiamentos.",
        ),
        4: (
            "Os relatórios nacionais, o Livro Branco de Defesa Nacional e os anais dos seminários "
            "foram publicados no sítio do Ministério e podem ser consultados livremente. Além "
            "disso, exemplares impressos foram enviados às embaixadas dos Estados da região "
            "acreditadas no país.",
            "O Ministério divulgou os resultados das principais atividades em entrevistas "
            "coletivas e em seus perfis oficiais nas redes sociais. Essa divulgação permite que "
            "os países vizinhos e os cidadãos conheçam e verifiquem o alcance das medidas "
            "adotadas.",
        ),
        5: (
            "As medidas contaram com autoridades de diferentes níveis: o ministro da Defesa "
            "conduziu o diálogo político, os Estados-Maiores conduziram as conversações técnicas "
            "e os comandos locais geriram a cooperação fronteiriça. A comissão de defesa do "
            "Congresso recebeu um relatório detalhado e visitou uma das atividades.",
            "Autoridades dos estados e municípios de fronteira participaram do planejamento dos "
            "exercícios de defesa civil. O Ministério das Relações Exteriores e representantes do "
            "Poder Judiciário também contribuíram para as oficinas sobre cooperação jurídica nas "
            "áreas de fronteira.",
        ),
        6: (
            "O número de intercâmbios de pessoal aumentou em relação ao ano anterior, com novos "
            "programas para cadetes e instrutores e maior participação em cursos regionais. Esses "
            "contatos fortalecem os laços institucionais e pessoais entre as forças armadas da "
            "região.",
            "As visitas recíprocas e as escalas de navios-escola também deram origem a atividades "
            "culturais e comerciais nas cidades anfitriãs. Esse aumento dos intercâmbios "
            "contribui para a estabilidade política e o dinamismo econômico das regiões de "
            "fronteira.",
        ),
        7: (
            "As medidas deste ano consolidam os resultados de etapas anteriores: o intercâmbio de "
            "calendários de exercícios, iniciado há três anos, foi agora ampliado ao convite de "
            "observadores. O próximo passo previsto é um exercício combinado de planejamento "
            "conjunto.",
            "O Ministério segue uma abordagem gradual, na qual cada acordo é posto em prática e "
            "avaliado antes de se avançar para compromissos mais exigentes. A experiência "
            "positiva com o mecanismo de consulta técnica permitiu, neste ano, elevá-lo ao nível "
            "vice-ministerial.",
        ),
    },
}

# Fictional header people: (name, position).
PEOPLE: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (
        ("María Fernanda Olivera Castañeda", "Directora de Asuntos Internacionales de Defensa"),
        ("Julián Andrés Etchegaray Ruiz", "Coronel, jefe del Departamento de Medidas de Confianza"),
        ("Lucía Beatriz Quiñónez Salas", "Analista principal de Seguridad Hemisférica"),
        ("Rodrigo Esteban Alarcón Benítez", "Viceministro de Políticas de Defensa"),
        ("Ana Sofía Valdivieso Núñez", "Primera secretaria, Misión Permanente ante la OEA"),
        (
            "Tomás Ignacio Ferreyra Ibáñez",
            "Capitán de navío, subdirector de Cooperación Internacional",
        ),
    ),
    "en": (
        ("Margaret A. Thornbury", "Director, International Security Policy"),
        ("Desmond O. Whitfield", "Lieutenant Colonel, Head of Arms Control and Verification"),
        ("Karen Ellsworth-Baptiste", "Senior Policy Analyst, Hemispheric Affairs"),
        ("Anthony R. Greaves", "Permanent Secretary, Ministry of National Security"),
        ("Natalie J. Carrington", "First Secretary, Permanent Mission to the OAS"),
        ("Marcus L. Holloway-Reid", "Commander, Deputy Director of Defence Cooperation"),
    ),
    "fr": (
        ("Marie-Josée Tremblay-Laforest", "Directrice des affaires internationales"),
        ("Jean-Robert Desrosiers", "Colonel, chef du bureau des mesures de confiance"),
        ("Nadège Saint-Fleur", "Analyste principale, sécurité hémisphérique"),
        ("Éric Beauchemin-Lavoie", "Sous-ministre adjoint, Politiques de défense"),
        ("Claudette Rémy-Bastien", "Première secrétaire, Mission permanente auprès de l'OEA"),
        ("François-Xavier Dauphin", "Capitaine de vaisseau, adjoint au chef de la coopération"),
    ),
    "pt": (
        ("Luísa Helena Cavalcanti Prado", "Chefe da Assessoria de Relações Internacionais"),
        ("Marcos Antônio Régis Teixeira", "Coronel, chefe da Divisão de Medidas de Confiança"),
        ("Beatriz Conceição Amaral", "Analista sênior de Segurança Hemisférica"),
        ("João Vítor Sampaio Brandão", "Diretor do Departamento de Política e Estratégia"),
        ("Fernanda Lúcia Guimarães Rocha", "Primeira-secretária, Missão Permanente junto à OEA"),
        ("Rafael Augusto Menezes Fontoura", "Capitão de mar e guerra, subchefe de Cooperação"),
    ),
}

# Institutions for the national point of contact.
INSTITUTIONS: dict[str, tuple[str, ...]] = {
    "es": (
        "Ministerio de Defensa Nacional — Dirección de Asuntos Internacionales",
        "Ministerio de Defensa — Dirección General de Política de Defensa",
        "Secretaría de la Defensa — Unidad de Asuntos Hemisféricos",
        "Estado Mayor Conjunto de las Fuerzas Armadas — Departamento de Relaciones Internacionales",
    ),
    "en": (
        "Ministry of National Security — Defence Policy Unit",
        "Department of National Defence — International Policy Directorate",
        "Ministry of Defence — Directorate of International Affairs",
        "Defence Force Headquarters — Office of International Cooperation",
    ),
    "fr": (
        "Ministère de la Défense nationale — Direction des affaires internationales",
        "Ministère de la Défense — Direction de la politique de sécurité",
        "État-major des forces armées — Bureau de la coopération internationale",
        "Ministère de l'Intérieur et de la Défense nationale — Cellule des mesures de confiance",
    ),
    "pt": (
        "Ministério da Defesa — Assessoria de Relações Internacionais",
        "Ministério da Defesa — Departamento de Política e Estratégia",
        "Estado-Maior Conjunto das Forças Armadas — Subchefia de Assuntos Internacionais",
        "Ministério da Defesa — Divisão de Medidas de Fortalecimento da Confiança",
    ),
}

# Executive summaries (600 to 1,200 characters); no placeholders.
EXECUTIVE_SUMMARIES: dict[str, tuple[str, ...]] = {
    "es": (
        "Durante el año informado, el Estado aplicó la mayoría de las medidas de la lista "
        "consolidada y presentó a tiempo sus informes a la OEA y a las Naciones Unidas. Se "
        "celebraron las rondas ordinarias de diálogo bilateral con los países vecinos, se "
        "notificaron por anticipado todos los ejercicios militares de envergadura y se invitó a "
        "observadores extranjeros a dos de ellos. El mecanismo de comunicación directa entre "
        "mandos fronterizos se activó en dos ocasiones y permitió aclarar de inmediato "
        "situaciones que podían dar lugar a malentendidos. En materia de transparencia, se "
        "publicó una nueva edición del Libro Blanco de la Defensa y se aplicó por segundo año la "
        "metodología común de medición del gasto. Los programas de intercambio académico y de "
        "personal crecieron respecto del año anterior.",
        "El presente informe resume las actividades de fomento de la confianza y la seguridad "
        "realizadas por el Ministerio de Defensa y las Fuerzas Armadas, en coordinación con la "
        "Cancillería y otros organismos del Estado. Lo más destacado del período fue la "
        "renovación del memorando de entendimiento sobre cooperación fronteriza, el ejercicio "
        "combinado de respuesta ante desastres con participación de autoridades civiles de tres "
        "niveles de gobierno y la apertura de los cursos de la Escuela Superior de Guerra a "
        "estudiantes civiles y extranjeros. No se registraron incidentes de gravedad en las zonas "
        "de frontera. Para el próximo período, el Ministerio prevé elevar el mecanismo de "
        "consultas técnicas al nivel viceministerial y ampliar la invitación de observadores a "
        "los ejercicios navales.",
    ),
    "en": (
        "During the reporting year the state implemented most of the measures on the consolidated "
        "list and submitted its reports to the OAS and the United Nations on time. The regular "
        "rounds of bilateral dialogue with neighbouring countries took place, all major military "
        "exercises were notified in advance and foreign observers were invited to two of them. "
        "The direct communication link between border commanders was activated twice and cleared "
        "up at once situations that could have led to misunderstandings. On transparency, a new "
        "edition of the Defence White Paper was published and the common methodology for "
        "measuring defence spending was applied for the second year. Academic and personnel "
        "exchange programmes grew compared with the previous year.",
        "This report summarises the confidence- and security-building activities carried out by "
        "the Ministry of Defence and the armed forces, in coordination with the Ministry of "
        "Foreign Affairs and other state bodies. The highlights of the period were the renewal of "
        "the memorandum of understanding on border cooperation, a combined disaster response "
        "exercise involving civilian authorities at three levels of government, and the opening "
        "of the National War College courses to civilian and foreign students. No serious "
        "incidents occurred in the border areas. For the next period, the Ministry plans to raise "
        "the technical consultation mechanism to vice-ministerial level and to extend invitations "
        "for observers to naval exercises.",
    ),
    "fr": (
        "Au cours de l'année considérée, l'État a appliqué la plupart des mesures de la liste "
        "consolidée et a présenté dans les délais ses rapports à l'OEA et aux Nations Unies. Les "
        "cycles ordinaires de dialogue bilatéral avec les pays voisins ont eu lieu, tous les "
        "exercices militaires d'envergure ont fait l'objet d'un préavis et des observateurs "
        "étrangers ont été invités à deux d'entre eux. Le mécanisme de communication directe "
        "entre commandants frontaliers a été activé à deux reprises et a permis de dissiper "
        "sur-le-champ des situations susceptibles de créer des malentendus. En matière de "
        "transparence, une nouvelle édition du Livre blanc sur la défense a été publiée et la "
        "méthode commune de mesure des dépenses a été appliquée pour la deuxième année. Les "
        "échanges universitaires et de personnel ont progressé par rapport à l'année précédente.",
        "Le présent rapport résume les activités de confiance et de sécurité menées par le "
        "ministère de la Défense et les forces armées, en coordination avec le ministère des "
        "Affaires étrangères et d'autres organismes publics. Les faits marquants de la période "
        "sont le renouvellement du protocole d'accord sur la coopération frontalière, un exercice "
        "combiné de réponse aux catastrophes associant des autorités civiles des trois échelons "
        "de gouvernement et l'ouverture des cours de l'École supérieure de guerre à des étudiants "
        "civils et étrangers. Aucun incident grave n'a été constaté dans les zones frontalières. "
        "Pour la prochaine période, le ministère prévoit d'élever le mécanisme de consultations "
        "techniques au niveau vice-ministériel et d'inviter des observateurs aux exercices navals.",
    ),
    "pt": (
        "Durante o ano em referência, o Estado aplicou a maioria das medidas da lista consolidada "
        "e apresentou dentro do prazo seus relatórios à OEA e às Nações Unidas. Realizaram-se as "
        "rodadas ordinárias de diálogo bilateral com os países vizinhos, todos os exercícios "
        "militares de grande porte foram notificados com antecedência e observadores estrangeiros "
        "foram convidados para dois deles. O mecanismo de comunicação direta entre comandantes de "
        "fronteira foi acionado duas vezes e permitiu esclarecer de imediato situações que "
        "poderiam gerar mal-entendidos. Em matéria de transparência, foi publicada uma nova "
        "edição do Livro Branco de Defesa Nacional e aplicou-se, pelo segundo ano, a metodologia "
        "comum de medição dos gastos. Os programas de intercâmbio acadêmico e de pessoal "
        "cresceram em relação ao ano anterior.",
        "Este relatório resume as atividades de fortalecimento da confiança e da segurança "
        "realizadas pelo Ministério da Defesa e pelas Forças Armadas, em coordenação com o "
        "Ministério das Relações Exteriores e outros órgãos do Estado. Os destaques do período "
        "foram a renovação do memorando de entendimento sobre cooperação fronteiriça, o exercício "
        "combinado de resposta a desastres com a participação de autoridades civis dos três "
        "níveis de governo e a abertura dos cursos da Escola Superior de Guerra a alunos civis e "
        "estrangeiros. Não houve incidentes graves nas áreas de fronteira. Para o próximo "
        "período, o Ministério prevê elevar o mecanismo de consultas técnicas ao nível "
        "vice-ministerial e ampliar o convite a observadores para os exercícios navais.",
    ),
}
