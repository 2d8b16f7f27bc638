import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// Shared frame of every email: plain, readable without images, and the same footer everywhere.

const body = { backgroundColor: "#f4f5f7", fontFamily: "Segoe UI, Helvetica, Arial, sans-serif", margin: 0 };
const container = { backgroundColor: "#ffffff", margin: "24px auto", maxWidth: "560px", padding: "32px" };
const footer = { color: "#5c6370", fontSize: "12px", lineHeight: "18px" };

export function EmailLayout({
  lang = "en",
  preview,
  children,
  footerNote,
}: {
  lang?: string;
  preview: string;
  children: ReactNode;
  footerNote: string;
}) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          {children}
          <Hr />
          <Section>
            <Text style={footer}>{footerNote}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { color: "#1f2328", fontSize: "15px", lineHeight: "22px" };
export const heading = { color: "#1f2328", fontSize: "20px", fontWeight: 600, margin: "0 0 16px" };
export const button = {
  backgroundColor: "#0f6cbd",
  borderRadius: "4px",
  color: "#ffffff",
  display: "inline-block",
  fontSize: "15px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};
