#!/bin/sh
# Stand-in for Prisma's native schema engine on machines that cannot download it.
# The Prisma CLI shows the message below instead of failing on a download.
echo "offline schema engine stand-in"
echo '{"level":"ERROR","target":"schema_engine::logger","fields":{"message":"Prisma'"'"'s native schema engine is not available offline. Use npm run db:migrate, npm run db:migrate:new -- --name <name> and npm run db:check instead (see README, Migrations)."}}'
exit 1
