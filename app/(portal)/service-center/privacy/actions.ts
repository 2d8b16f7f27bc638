"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { erasePersonalData, findPersonalData } from "@/lib/customers/personal-data";

// Thin: lib/ decides that only agents may, validates the address and audits both (R21). The search
// is a POST, not a GET with the address in the URL, so no address lands in a log or a history.

const input = z.object({ email: z.string().max(1000).default("") });

export const findPersonalDataAction = defineAction({
  name: "find-personal-data",
  schema: input,
  run: ({ actor, input, now }) => findPersonalData({ actor, input, now }),
});

export const erasePersonalDataAction = defineAction({
  name: "erase-personal-data",
  schema: input,
  run: ({ actor, input, now }) => erasePersonalData({ actor, input, now }),
  revalidate: () => ["/service-center/privacy", "/service-center"],
});
