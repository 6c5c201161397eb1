CREATE TABLE "AccessLog" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AccessLog" PRIMARY KEY AUTOINCREMENT,
    "CandidateId" TEXT NOT NULL,
    "JobCentre" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Actor" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "JobOrderId" TEXT NULL,
    "Purpose" TEXT NOT NULL
);


CREATE TABLE "ApiKeys" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY,
    "Role" TEXT NOT NULL,
    "JobCentre" TEXT NULL,
    "SecretSha256" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL
);


CREATE TABLE "Candidates" (
    "CandidateId" TEXT NOT NULL CONSTRAINT "PK_Candidates" PRIMARY KEY,
    "JobCentre" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "ProfileJson" TEXT NOT NULL,
    "PublishedAt" INTEGER NOT NULL,
    "IndexedAt" INTEGER NULL
);


CREATE TABLE "Companies" (
    "Cvr" TEXT NOT NULL CONSTRAINT "PK_Companies" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Municipality" TEXT NULL,
    "ContactPerson" TEXT NULL,
    "UpdatedAt" INTEGER NOT NULL
);


CREATE TABLE "Feedback" (
    "TokenHash" TEXT NOT NULL CONSTRAINT "PK_Feedback" PRIMARY KEY,
    "JobOrderId" TEXT NOT NULL,
    "Rating" INTEGER NULL,
    "Comment" TEXT NULL,
    "RatedAt" INTEGER NULL
);


CREATE TABLE "JobOrders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JobOrders" PRIMARY KEY,
    "OrderJson" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "Deadline" INTEGER NOT NULL,
    "ShortlistJson" TEXT NULL,
    "ShortlistedAt" INTEGER NULL
);


CREATE TABLE "Outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Outbox" PRIMARY KEY,
    "JobOrderId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "Mime" BLOB NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    "LastError" TEXT NULL
);


CREATE TABLE "Tenders" (
    "TenderId" TEXT NOT NULL CONSTRAINT "PK_Tenders" PRIMARY KEY,
    "Cvr" TEXT NOT NULL,
    "WorkMunicipality" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "TradeKeys" TEXT NOT NULL,
    "AwardJson" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL
);


CREATE TABLE "Tracking" (
    "JobOrderId" TEXT NOT NULL CONSTRAINT "PK_Tracking" PRIMARY KEY,
    "ApprovedAt" INTEGER NULL,
    "ApprovedBy" TEXT NULL,
    "SentCandidatesJson" TEXT NULL,
    "DeliveryStatus" TEXT NULL,
    "DeliveryError" TEXT NULL,
    "SentAt" INTEGER NULL,
    "AlertState" TEXT NULL
);


CREATE INDEX "IX_AccessLog_CandidateId_At" ON "AccessLog" ("CandidateId", "At");


CREATE UNIQUE INDEX "IX_ApiKeys_SecretSha256" ON "ApiKeys" ("SecretSha256");


CREATE INDEX "IX_Candidates_JobCentre" ON "Candidates" ("JobCentre");


CREATE INDEX "IX_Feedback_JobOrderId" ON "Feedback" ("JobOrderId");


CREATE INDEX "IX_JobOrders_Status" ON "JobOrders" ("Status");


CREATE INDEX "IX_Outbox_Status_NextAttemptAt" ON "Outbox" ("Status", "NextAttemptAt");


CREATE INDEX "IX_Tenders_Cvr" ON "Tenders" ("Cvr");


CREATE INDEX "IX_Tenders_StartDate" ON "Tenders" ("StartDate");


