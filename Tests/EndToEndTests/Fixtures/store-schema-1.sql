-- A casedesk store at schema version 1 (migration v1 only), for the upgrade tests: made by
-- `casedesk generate --db s.sqlite --create --cases 3 --seed 5 --today 2026-11-30` and
-- `casedesk settings --db s.sqlite meritsFilingLeadDays 35`, then taken back to schema 1 (migration v2
-- only added the indexes case_by_digest_date and case_by_digest_generation) and dumped with Python's
-- sqlite3 iterdump. Load it with journal_mode=WAL, as casedesk keeps its stores.
PRAGMA application_id = 1667330917;
BEGIN TRANSACTION;
CREATE TABLE a_number (
    digits TEXT PRIMARY KEY NOT NULL,
    case_id INTEGER NOT NULL REFERENCES "case"(id) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO "a_number" VALUES('223464708',1);
INSERT INTO "a_number" VALUES('223472627',2);
INSERT INTO "a_number" VALUES('223480546',3);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at_utc TEXT NOT NULL,
    os_user TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    case_id INTEGER,
    matter TEXT,
    case_version INTEGER,
    detail TEXT,
    before TEXT,
    after TEXT,
    prev_hash TEXT,
    hash TEXT
);
INSERT INTO "audit" VALUES(1,'2026-12-01T20:37:02Z','root','create-store','store',NULL,NULL,NULL,'created by casedesk',NULL,NULL,NULL,NULL);
INSERT INTO "audit" VALUES(2,'2026-12-01T20:37:02Z','root','add-staff','staff mreyes',NULL,NULL,NULL,NULL,NULL,'mreyes (MR), paralegal',NULL,NULL);
INSERT INTO "audit" VALUES(3,'2026-12-01T20:37:02Z','root','add-staff','staff tnguyen',NULL,NULL,NULL,NULL,NULL,'tnguyen (TN), paralegal',NULL,NULL);
INSERT INTO "audit" VALUES(4,'2026-12-01T20:37:02Z','root','add-staff','staff jpark',NULL,NULL,NULL,NULL,NULL,'jpark (JP), paralegal',NULL,NULL);
INSERT INTO "audit" VALUES(5,'2026-12-01T20:37:02Z','root','add-staff','staff lsokolova',NULL,NULL,NULL,NULL,NULL,'lsokolova (LS), paralegal',NULL,NULL);
INSERT INTO "audit" VALUES(6,'2026-12-01T20:37:02Z','root','add-staff','staff aokafor',NULL,NULL,NULL,NULL,NULL,'aokafor (AO), attorney',NULL,NULL);
INSERT INTO "audit" VALUES(7,'2026-12-01T20:37:02Z','root','add-staff','staff dlevin',NULL,NULL,NULL,NULL,NULL,'dlevin (DL), attorney',NULL,NULL);
INSERT INTO "audit" VALUES(8,'2026-12-01T20:37:02Z','root','generate-case','case 2024-000001',1,'2024-000001',1,'generated',NULL,NULL,NULL,NULL);
INSERT INTO "audit" VALUES(9,'2026-12-01T20:37:02Z','root','generate-case','case 2023-000002',2,'2023-000002',1,'generated',NULL,NULL,NULL,NULL);
INSERT INTO "audit" VALUES(10,'2026-12-01T20:37:02Z','root','generate-case','case 2022-000003',3,'2022-000003',1,'generated',NULL,NULL,NULL,NULL);
INSERT INTO "audit" VALUES(11,'2026-12-01T20:37:10Z','root','set-setting','setting meritsFilingLeadDays',NULL,NULL,NULL,NULL,'30','35',NULL,NULL);
CREATE TABLE "case" (
    id INTEGER PRIMARY KEY,
    matter TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL CHECK (version >= 1),
    last_change_at TEXT NOT NULL,
    last_change_date TEXT NOT NULL,
    client_name TEXT NOT NULL,
    latin_name TEXT,
    sort_name TEXT NOT NULL,
    a_number TEXT,
    nationality TEXT,
    paralegal TEXT,
    attorney TEXT,
    is_open INTEGER NOT NULL,
    digest TEXT NOT NULL,
    digest_computed_for TEXT NOT NULL,
    digest_valid_through TEXT NOT NULL,
    digest_generation INTEGER NOT NULL,
    next_deadline_due TEXT,
    next_deadline_rule TEXT,
    deadline_sort_key TEXT NOT NULL,
    review_list_from TEXT,
    next_appointment_date TEXT,
    is_detained INTEGER NOT NULL,
    next_check_in TEXT,
    next_individual_hearing TEXT,
    has_evidence_work INTEGER NOT NULL
);
INSERT INTO "case" VALUES(1,'2024-000001',1,'2026-12-01T20:37:02Z','2026-11-19','Héctor López','Hector Lopez','hector lopez','223464708','HN','lsokolova','dlevin',1,'d12078820818bond2122083515110prehearing-individualFilings due for the individual hearing of 2027-04-0520913209132087890open208640annual-asylum-feeAnnual asylum fee (2027-07-28)2029721027239open209970individual-hearing20913810','2026-12-01','2026-12-31',2,'2027-03-01','prehearing-individual','2027-03-01','2027-02-15','2027-04-05',0,'2027-01-17','2027-04-05',1);
INSERT INTO "case" VALUES(2,'2023-000002',1,'2026-12-01T20:37:02Z','2026-06-10','Уладзімір Коваль','Uladzimir Kaval','uladzimir kaval','223472627','BY','mreyes','aokafor',1,'d12078820818paroled931996annual-asylum-feeAnnual asylum fee (2027-05-25)1950220963175open209330parole-expiryParole expires1949821479691open214490','2026-12-01','2026-12-31',2,'2027-05-25','annual-asylum-fee','2027-05-25','2027-04-25',NULL,0,NULL,NULL,1);
INSERT INTO "case" VALUES(3,'2022-000003',1,'2026-12-01T20:37:02Z','2026-11-17','Святлана Лукашык','Sviatlana Lukashyk','sviatlana lukashyk','223480546','BY','tnguyen','aokafor',1,'d12078820818recognizance87208151967annual-asylum-feeAnnual asylum fee (2025-10-15)1928020376-412missed203460annual-asylum-feeAnnual asylum fee (2027-10-15)1928021106318open210760','2026-12-01','2026-12-31',2,'2025-10-15','annual-asylum-fee','2025-10-15','2025-09-15',NULL,0,'2026-12-28',NULL,1);
CREATE TABLE case_document (
    case_id INTEGER PRIMARY KEY REFERENCES "case"(id) ON DELETE CASCADE,
    document TEXT NOT NULL
);
INSERT INTO "case_document" VALUES(1,'{"matter":"2024-000001","client":{"name":"Héctor López","latinName":"Hector Lopez","aNumber":"223464708","birthDate":"1993-05-13","nationality":"HN","languages":["es"],"interpreter":true},"grounds":["particular-social-group","cat"],"track":"defensive","court":"San Diego Immigration Court","docket":"non-detained","judge":"Judge Ebersole","paralegal":"lsokolova","attorney":"dlevin","custody":[{"status":"cbp-custody","from":"2024-12-08","to":"2024-12-10","place":"Calexico POE"},{"status":"ice-detained","from":"2024-12-10","to":"2025-07-08","place":"Imperial Regional Detention Facility","authority":"235(b)(1)","bondEligible":false},{"status":"bond","from":"2025-07-08","bondAmount":7500,"obligor":"Family member","atd":"telephonic","nextCheckIn":"2027-01-17"}],"events":[{"kind":"arrival","date":"2024-12-08","place":"Calexico POE","title":"Presented at port","recordedBy":"lsokolova"},{"kind":"cfi","date":"2024-12-29","outcome":"positive","recordedBy":"mreyes"},{"kind":"nta-served","date":"2025-01-29","recordedBy":"mreyes"},{"kind":"filing","date":"2025-04-20","title":"Pre-hearing filing","hearing":"2025-05-20","recordedBy":"mreyes"},{"kind":"master-hearing","date":"2025-05-20","time":"08:30","status":"held","recordedBy":"tnguyen"},{"kind":"i589-filed","date":"2025-07-28","recordedBy":"mreyes"},{"kind":"filing","date":"2025-11-02","title":"Pre-hearing filing","hearing":"2025-12-01","recordedBy":"lsokolova"},{"kind":"master-hearing","date":"2025-12-01","time":"08:30","status":"held","recordedBy":"jpark"},{"kind":"fee-paid","date":"2026-07-10","title":"Annual asylum fee","recordedBy":"mreyes"},{"kind":"individual-hearing","date":"2027-04-05","time":"13:30","place":"880 Front St, Courtroom 9","status":"scheduled","recordedBy":"mreyes"}],"evidence":[{"category":"forms","title":"EOIR-28 notice of appearance","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"forms","title":"I-589 signed, with fee receipt","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"identity","title":"Birth certificate","status":"filed","language":"es","needsTranslation":true,"translationCertified":true},{"category":"identity","title":"Internal passport","status":"filed","language":"es","needsTranslation":true,"translationCertified":true},{"category":"identity","title":"International passport","status":"received","needsTranslation":false,"translationCertified":false},{"category":"declaration","title":"Applicant''s declaration","status":"unavailable","needsTranslation":false,"translationCertified":false,"unavailableReason":"Records office refuses requests from abroad"},{"category":"declaration","title":"Written definition of the particular social group","status":"unavailable","needsTranslation":false,"translationCertified":false,"unavailableReason":"Records office refuses requests from abroad"},{"category":"persecution","title":"Proof of membership in the group","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"medical","title":"Medical evidence of torture","status":"filed","language":"es","needsTranslation":true,"translationCertified":true},{"category":"medical","title":"US psychological evaluation","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"witness","title":"Witness affidavit (at least one)","status":"filed","language":"es","needsTranslation":true,"translationCertified":true},{"category":"country-conditions","title":"NGO reports","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"country-conditions","title":"State Department country report (current year)","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"country-conditions","title":"State Department country report (prior year)","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"expert","title":"Country-conditions expert declaration","status":"filed","needsTranslation":false,"translationCertified":false}]}');
INSERT INTO "case_document" VALUES(2,'{"matter":"2023-000002","client":{"name":"Уладзімір Коваль","latinName":"Uladzimir Kaval","aNumber":"223472627","birthDate":"1969-02-08","nationality":"BY","languages":["be"],"interpreter":true},"grounds":["political-opinion"],"track":"defensive","court":"San Diego Immigration Court","docket":"non-detained","judge":"Judge Castellanos","paralegal":"mreyes","attorney":"aokafor","custody":[{"status":"cbp-custody","from":"2023-02-17","to":"2023-02-20","place":"San Ysidro POE"},{"status":"ice-detained","from":"2023-02-20","to":"2023-05-21","place":"Imperial Regional Detention Facility","authority":"235(b)(1)","bondEligible":false},{"status":"paroled","from":"2023-05-21","authority":"INA 212(d)(5)","paroleExpiry":"2028-10-22"}],"events":[{"kind":"arrival","date":"2023-02-17","place":"San Ysidro POE","title":"Presented at port","recordedBy":"jpark"},{"kind":"cfi","date":"2023-03-10","outcome":"positive","recordedBy":"tnguyen"},{"kind":"nta-served","date":"2023-04-09","recordedBy":"jpark"},{"kind":"i589-filed","date":"2023-05-25","recordedBy":"jpark"},{"kind":"filing","date":"2023-07-23","title":"Pre-hearing filing","hearing":"2023-08-22","recordedBy":"mreyes"},{"kind":"master-hearing","date":"2023-08-22","time":"08:30","status":"held","recordedBy":"tnguyen"},{"kind":"filing","date":"2024-06-26","title":"Pre-hearing filing","hearing":"2024-07-17","recordedBy":"mreyes"},{"kind":"master-hearing","date":"2024-07-17","time":"08:30","status":"held","recordedBy":"jpark"},{"kind":"filing","date":"2025-02-15","title":"Pre-hearing filing","hearing":"2025-03-14","recordedBy":"mreyes"},{"kind":"master-hearing","date":"2025-03-14","time":"08:30","status":"held","recordedBy":"jpark"},{"kind":"filing","date":"2026-02-12","title":"Pre-hearing filing","hearing":"2026-03-09","recordedBy":"lsokolova"},{"kind":"master-hearing","date":"2026-03-09","time":"08:30","status":"held","recordedBy":"mreyes"},{"kind":"fee-paid","date":"2026-05-09","title":"Annual asylum fee","recordedBy":"mreyes"},{"kind":"master-hearing","date":"2026-11-24","time":"08:30","place":"880 Front St, Courtroom 3","status":"held","recordedBy":"mreyes"}],"evidence":[{"category":"forms","title":"EOIR-28 notice of appearance","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"forms","title":"I-589 signed, with fee receipt","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"identity","title":"Birth certificate","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"identity","title":"Internal passport","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"identity","title":"International passport","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"declaration","title":"Applicant''s declaration","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"persecution","title":"Administrative or criminal court rulings","status":"filed","language":"be","needsTranslation":true,"translationCertified":true},{"category":"persecution","title":"Letter from the home-country defence lawyer","status":"filed","language":"be","needsTranslation":true,"translationCertified":true},{"category":"persecution","title":"Police detention records","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"persecution","title":"Summonses and search records","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"political-profile","title":"Protest photos or video","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"political-profile","title":"Social-media posts with dates","status":"filed","language":"be","needsTranslation":true,"translationCertified":true},{"category":"medical","title":"Medical records of injuries","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"medical","title":"US psychological evaluation","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"witness","title":"Witness affidavit (at least one)","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"country-conditions","title":"NGO reports","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"country-conditions","title":"State Department country report (current year)","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"country-conditions","title":"State Department country report (prior year)","status":"received","needsTranslation":false,"translationCertified":false},{"category":"expert","title":"Country-conditions expert declaration","status":"filed","needsTranslation":false,"translationCertified":false}]}');
INSERT INTO "case_document" VALUES(3,'{"matter":"2022-000003","client":{"name":"Святлана Лукашык","latinName":"Sviatlana Lukashyk","aNumber":"223480546","birthDate":"1971-10-02","nationality":"BY","languages":["be"],"interpreter":true},"grounds":["political-opinion"],"track":"defensive","court":"San Diego Immigration Court","docket":"non-detained","judge":"Judge Alvarez","paralegal":"tnguyen","attorney":"aokafor","custody":[{"status":"cbp-custody","from":"2022-04-12","to":"2022-04-13","place":"Calexico POE"},{"status":"ice-detained","from":"2022-04-13","to":"2022-07-08","place":"Otay Mesa Detention Center","authority":"235(b)(1)","bondEligible":false},{"status":"recognizance","from":"2022-07-08","conditions":"Report as directed (I-220A)","atd":"smartlink","nextCheckIn":"2026-12-28"}],"events":[{"kind":"arrival","date":"2022-04-12","place":"Calexico POE","title":"Presented at port","recordedBy":"jpark"},{"kind":"cfi","date":"2022-05-06","outcome":"positive","recordedBy":"tnguyen"},{"kind":"nta-served","date":"2022-05-21","recordedBy":"tnguyen"},{"kind":"filing","date":"2022-06-11","title":"Pre-hearing filing","hearing":"2022-07-11","recordedBy":"lsokolova"},{"kind":"master-hearing","date":"2022-07-11","time":"08:30","status":"held","recordedBy":"tnguyen"},{"kind":"i589-filed","date":"2022-10-15","recordedBy":"tnguyen"},{"kind":"filing","date":"2023-01-29","title":"Pre-hearing filing","hearing":"2023-02-21","recordedBy":"tnguyen"},{"kind":"master-hearing","date":"2023-02-21","time":"08:30","status":"held","recordedBy":"mreyes"},{"kind":"filing","date":"2024-01-11","title":"Pre-hearing filing","hearing":"2024-02-06","recordedBy":"lsokolova"},{"kind":"master-hearing","date":"2024-02-06","time":"08:30","status":"held","recordedBy":"lsokolova"},{"kind":"filing","date":"2025-01-20","title":"Pre-hearing filing","hearing":"2025-02-17","recordedBy":"mreyes"},{"kind":"master-hearing","date":"2025-02-17","time":"08:30","status":"held","recordedBy":"tnguyen"},{"kind":"filing","date":"2025-11-02","title":"Pre-hearing filing","hearing":"2025-12-01","recordedBy":"jpark"},{"kind":"master-hearing","date":"2025-12-01","time":"08:30","status":"held","recordedBy":"mreyes"},{"kind":"filing","date":"2026-07-26","title":"Pre-hearing filing","hearing":"2026-08-25","recordedBy":"mreyes"},{"kind":"master-hearing","date":"2026-08-25","time":"08:30","status":"held","recordedBy":"jpark"},{"kind":"fee-paid","date":"2026-09-29","title":"Annual asylum fee","recordedBy":"mreyes"},{"kind":"master-hearing","date":"2026-11-27","time":"13:30","place":"880 Front St, Courtroom 5","status":"held","recordedBy":"lsokolova"}],"evidence":[{"category":"forms","title":"EOIR-28 notice of appearance","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"forms","title":"I-589 signed, with fee receipt","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"identity","title":"Birth certificate","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"identity","title":"Internal passport","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"identity","title":"International passport","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"declaration","title":"Applicant''s declaration","status":"filed","needsTranslation":false,"translationCertified":false},{"category":"persecution","title":"Administrative or criminal court rulings","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"persecution","title":"Letter from the home-country defence lawyer","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"persecution","title":"Police detention records","status":"filed","language":"be","needsTranslation":true,"translationCertified":true},{"category":"persecution","title":"Summonses and search records","status":"translated","language":"be","needsTranslation":true,"translationCertified":true},{"category":"political-profile","title":"Protest photos or video","status":"unavailable","needsTranslation":false,"translationCertified":false,"unavailableReason":"Records office refuses requests from abroad"},{"category":"political-profile","title":"Social-media posts with dates","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"medical","title":"Medical records of injuries","status":"received","language":"be","needsTranslation":true,"translationCertified":false},{"category":"medical","title":"US psychological evaluation","status":"unavailable","needsTranslation":false,"translationCertified":false,"unavailableReason":"Records office refuses requests from abroad"},{"category":"witness","title":"Witness affidavit (at least one)","status":"needed","language":"be","needsTranslation":true,"translationCertified":false},{"category":"country-conditions","title":"NGO reports","status":"needed","needsTranslation":false,"translationCertified":false},{"category":"country-conditions","title":"State Department country report (current year)","status":"requested","needsTranslation":false,"translationCertified":false},{"category":"country-conditions","title":"State Department country report (prior year)","status":"unavailable","needsTranslation":false,"translationCertified":false,"unavailableReason":"Records office refuses requests from abroad"},{"category":"expert","title":"Country-conditions expert declaration","status":"needed","needsTranslation":false,"translationCertified":false}]}');
CREATE TABLE court_closure (
    date TEXT PRIMARY KEY NOT NULL,
    reason TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO "grdb_migrations" VALUES('v1');
CREATE TABLE review_mark (
    user TEXT NOT NULL,
    date TEXT NOT NULL,
    item_id TEXT NOT NULL,
    PRIMARY KEY (user, date, item_id)
) WITHOUT ROWID;
CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO "setting" VALUES('deadlineGeneration','2');
INSERT INTO "setting" VALUES('groupShared','false');
INSERT INTO "setting" VALUES('idleLockMinutes','10');
INSERT INTO "setting" VALUES('kioskOpaqueCodes','false');
INSERT INTO "setting" VALUES('meritsFilingLeadDays','35');
INSERT INTO "setting" VALUES('timeZone','Etc/UTC');
CREATE TABLE staff (
    login TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    initials TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('paralegal', 'attorney', 'admin'))
) WITHOUT ROWID;
INSERT INTO "staff" VALUES('aokafor','aokafor','AO','attorney');
INSERT INTO "staff" VALUES('dlevin','dlevin','DL','attorney');
INSERT INTO "staff" VALUES('jpark','jpark','JP','paralegal');
INSERT INTO "staff" VALUES('lsokolova','lsokolova','LS','paralegal');
INSERT INTO "staff" VALUES('mreyes','mreyes','MR','paralegal');
INSERT INTO "staff" VALUES('tnguyen','tnguyen','TN','paralegal');
CREATE INDEX case_by_deadline ON "case" (deadline_sort_key, matter, client_name, latin_name, a_number,
    nationality, paralegal, is_open, version, next_deadline_due, next_deadline_rule, is_detained);
CREATE INDEX case_by_name ON "case" (sort_name, matter);
CREATE INDEX case_by_paralegal ON "case" (paralegal);
CREATE INDEX case_by_validity ON "case" (digest_valid_through);
CREATE INDEX case_review_deadlines ON "case" (review_list_from) WHERE is_open = 1;
CREATE INDEX case_review_appointments ON "case" (next_appointment_date) WHERE is_open = 1;
CREATE INDEX case_review_detained ON "case" (is_detained) WHERE is_open = 1 AND is_detained = 1;
CREATE INDEX case_review_check_ins ON "case" (next_check_in) WHERE is_open = 1;
CREATE INDEX case_review_evidence ON "case" (next_individual_hearing) WHERE is_open = 1 AND has_evidence_work = 1;
CREATE INDEX case_review_stale ON "case" (last_change_date) WHERE is_open = 1;
CREATE INDEX a_number_by_case ON a_number (case_id);
CREATE INDEX audit_by_case ON audit (case_id, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('audit',11);
COMMIT;
