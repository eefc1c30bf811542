-- An empty KAMDesk database at schema version 1, as that version's own code created it (with its seed rows).
BEGIN TRANSACTION;
CREATE TABLE "account" ("id" INTEGER NOT NULL PRIMARY KEY, "code" VARCHAR(32) NOT NULL, "name" VARCHAR(200) NOT NULL, "industry" VARCHAR(60) NOT NULL, "region" VARCHAR(60) NOT NULL, "address" VARCHAR(200) NOT NULL, "tier" VARCHAR(16) NOT NULL, "relationship" VARCHAR(16) NOT NULL, "loyalty" VARCHAR(16) NOT NULL, "status" VARCHAR(16) NOT NULL, "owner_id" INTEGER, "notes" TEXT NOT NULL, "archived_at" DATETIME, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("owner_id") REFERENCES "rep" ("id") ON DELETE RESTRICT);
CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL, "name" VARCHAR(60) NOT NULL, "title" VARCHAR(60) NOT NULL, "decision_role" VARCHAR(16) NOT NULL, "attitude" VARCHAR(16) NOT NULL, "phone" VARCHAR(40) NOT NULL, "wechat" VARCHAR(60) NOT NULL, "email" VARCHAR(120) NOT NULL, "notes" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("account_id") REFERENCES "account" ("id") ON DELETE CASCADE);
CREATE TABLE "kamdesk_meta" ("key" VARCHAR(64) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
INSERT INTO "kamdesk_meta" VALUES('schema_version','1');
CREATE TABLE "rep" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(60) NOT NULL, "role" VARCHAR(16) NOT NULL, "active" INTEGER NOT NULL, "created_at" DATETIME NOT NULL);
CREATE UNIQUE INDEX "rep_name" ON "rep" ("name");
CREATE UNIQUE INDEX "account_code" ON "account" ("code");
CREATE INDEX "account_name" ON "account" ("name");
CREATE INDEX "account_tier" ON "account" ("tier");
CREATE INDEX "account_status" ON "account" ("status");
CREATE INDEX "account_owner_id" ON "account" ("owner_id");
CREATE INDEX "contact_account_id" ON "contact" ("account_id");
CREATE INDEX "contact_name" ON "contact" ("name");
COMMIT;
