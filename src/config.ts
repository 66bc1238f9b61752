// User-extensible word lists: a `vnfacts.config.yaml` (or --config FILE) adds partners,
// organizations, titles and aliases without code. The core receives the parsed object; the
// CLI reads the file. Shape checked with zod so a typo says where it is.
import { z } from "zod";

export const PartnerEntry = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(["country", "organization", "company", "region", "locality"]),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  aliases: z.array(z.string().min(1)).default([]),
});

export const OrganizationEntry = z.strictObject({
  name: z.string().min(1),
  expanded: z.string().min(1).optional(),
  aliases: z.array(z.string().min(1)).default([]),
});

export const Config = z.strictObject({
  partners: z.array(PartnerEntry).default([]),
  organizations: z.array(OrganizationEntry).default([]),
  /** Offices that introduce a person's name ("Đại sứ", "Tổng Lãnh sự"). */
  titles: z.array(z.string().min(1)).default([]),
  /** Extra Vietnamese surnames. */
  surnames: z.array(z.string().min(1)).default([]),
  /** Words or names that must never be extracted as partner, person or organization. */
  stopNames: z.array(z.string().min(1)).default([]),
});

export type PartnerEntry = z.output<typeof PartnerEntry>;
export type OrganizationEntry = z.output<typeof OrganizationEntry>;
export type Gazetteer = z.output<typeof Config>;

export const emptyGazetteer: Gazetteer = Object.freeze({
  partners: [],
  organizations: [],
  titles: [],
  surnames: [],
  stopNames: [],
}) as Gazetteer;
