import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Text } from "@react-email/components";

export type SignInEmailProps = { url: string; name: string; expiresInHours: number };

/** The magic-link email a provisioned user receives when signing in. */
export default function SignInEmail({ url, name, expiresInHours }: SignInEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>Your sign-in link for the Partner Reference Center</Preview>
      <Body
        style={{ backgroundColor: "#f8fafc", fontFamily: "Arial, Helvetica, sans-serif", color: "#0f172a" }}
      >
        <Container
          style={{ backgroundColor: "#ffffff", padding: "32px", maxWidth: "520px", borderRadius: "8px" }}
        >
          <Heading as="h1" style={{ fontSize: "22px", margin: "0 0 16px" }}>
            Sign in to the Partner Reference Center
          </Heading>
          <Text>Hello {name},</Text>
          <Text>
            Use the button below to sign in. The link works once and expires in {expiresInHours} hours.
          </Text>
          <Button
            href={url}
            style={{
              backgroundColor: "#0b5cad",
              color: "#ffffff",
              padding: "12px 20px",
              borderRadius: "6px",
              fontWeight: 600,
              textDecoration: "none",
            }}
          >
            Sign in
          </Button>
          <Text style={{ fontSize: "13px", color: "#475569" }}>
            If the button does not work, copy this address into your browser: {url}
          </Text>
          <Hr />
          <Text style={{ fontSize: "12px", color: "#64748b" }}>
            You received this email because someone asked to sign in with your address. If it was not you, you
            can ignore it.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
