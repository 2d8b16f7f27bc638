-- R21: an agent's search for everything held about one address finds its emails by recipient.
CREATE INDEX "OutboxEmail_to_lower_idx" ON "OutboxEmail" (lower("to"));
