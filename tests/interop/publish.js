// Publishes one CandidateBank message as a partner job centre would: plain JSON, persistent, its login in user_id,
// confirmed by the broker.
// Usage: node publish.js <amqp-url> <CandidateProfile|CandidateWithdrawn|JobOrder> <file.json>
const amqp = require("amqplib");
const fs = require("fs");

async function main() {
  const [url, messageType, file] = process.argv.slice(2);
  if (!url || !messageType || !file) {
    console.error("usage: node publish.js <amqp-url> <CandidateProfile|CandidateWithdrawn|JobOrder> <file.json>");
    process.exit(2);
  }
  const body = fs.readFileSync(file);
  JSON.parse(body); // refuse to publish what is not JSON
  const connection = await amqp.connect(url);
  try {
    const channel = await connection.createConfirmChannel();
    const exchange = `CandidateBank.Contracts:${messageType}`;
    channel.publish(exchange, "", body, {
      contentType: "application/json",
      // The login, which RabbitMQ vouches for: CandidateBank applies a message only for that login's job centre.
      userId: decodeURIComponent(new URL(url).username),
      persistent: true,
      messageId: `${messageType}-${Date.now()}-${Math.random().toString(16).slice(2)}`,
    });
    await channel.waitForConfirms();
    console.log(`published ${messageType} from ${file} to ${exchange}`);
  } finally {
    await connection.close();
  }
}

main().catch((error) => {
  console.error(`publish failed: ${error.message}`);
  process.exit(1);
});
