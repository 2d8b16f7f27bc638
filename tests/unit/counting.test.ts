import { describe, expect, it } from "vitest";
import { countsAt, forecastLevel, reachedThresholds } from "@/lib/competencies/counting";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("R19 arithmetic", () => {
  it("R19: a reference counts strictly before its stop instant", () => {
    expect(countsAt(d("2027-03-14"), d("2027-03-13"))).toBe(true);
    expect(countsAt(d("2027-03-14"), d("2027-03-14"))).toBe(false);
    expect(countsAt(d("2027-03-14"), d("2027-03-15"))).toBe(false);
  });

  it("R19: a held level lapses when its count-th latest reference stops; what is needed is what no longer counts after that day", () => {
    const stops = [d("2027-09-01"), d("2027-06-01"), d("2027-03-14"), d("2027-03-14"), d("2027-01-01")];
    expect(forecastLevel("gold", 5, 5, stops)).toEqual({
      level: "gold",
      required: 5,
      held: true,
      lapsesOn: d("2027-01-01"),
      neededBy: 1,
    });
    // Silver (3): the third latest stops on 14 Mar with the fourth; two still count after it, one more is needed.
    expect(forecastLevel("silver", 3, 5, stops)).toMatchObject({ lapsesOn: d("2027-03-14"), neededBy: 1 });
    // Not held: no lapse date, and the shortfall is what is needed.
    expect(forecastLevel("gold", 5, 2, stops.slice(0, 2))).toMatchObject({
      held: false,
      lapsesOn: null,
      neededBy: 3,
    });
  });

  it("R19: reminders are due at 90, 30 and 7 days before, and never after the lapse", () => {
    const lapse = d("2027-09-01");
    const daysBefore = (n: number) => new Date(lapse.getTime() - n * 86_400_000);
    expect(reachedThresholds(lapse, daysBefore(91))).toEqual([]);
    expect(reachedThresholds(lapse, daysBefore(90))).toEqual([90]);
    expect(reachedThresholds(lapse, daysBefore(30))).toEqual([90, 30]);
    expect(reachedThresholds(lapse, daysBefore(7))).toEqual([90, 30, 7]);
    expect(reachedThresholds(lapse, lapse)).toEqual([]);
  });
});
