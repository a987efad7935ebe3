import { describe, expect, it } from "vitest";
import { certificationName } from "./certification-name";

describe("certificationName", () => {
  it("drops a leading word that the sentence around it already says", () => {
    expect(certificationName("Сертификат: холодный звонок")).toBe("Холодный звонок");
    expect(certificationName("Сертификация — работа с возражениями")).toBe("Работа с возражениями");
    expect(certificationName("Certificate: cold calls")).toBe("Cold calls");
    expect(certificationName("certification - objections")).toBe("Objections");
  });

  it("keeps titles that only mention the word, or are nothing but it", () => {
    expect(certificationName("Холодный звонок")).toBe("Холодный звонок");
    expect(certificationName("Сертификат продавца B2B")).toBe("Сертификат продавца B2B");
    expect(certificationName("Certificate:")).toBe("Certificate:");
  });
});
