// The record contract of ../shared/spec/RECORDS.md as zod schemas: the single source of
// truth. `schemas/*.json` is generated from these (see ./write.ts); a test fails when stale.
//
// Two strictness levels share one definition:
// - `ArticleRecord` is what `vnfacts extract` writes: every fact has an id and exact offsets.
// - `CuratedArticleRecord` is what a person may write by hand in a facts file: `id`,
//   `evidence.start` and `evidence.end` may be left out.
import { z } from "zod";

export const SCHEMA_ID = "vnfacts/article@1";

export const FACT_TYPES = ["directive", "figure", "target", "date", "partner", "person", "organization"] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const QUALIFIERS = ["about", "over", "under", "nearly", "at_least", "at_most"] as const;
export const Qualifier = z.enum(QUALIFIERS).describe("how the number is hedged: khoảng → about, hơn → over, dưới → under, gần → nearly, ít nhất → at_least, tối đa → at_most");

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateValue = /^(\d{4}(-\d{2}(-\d{2})?)?)(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;

function evidenceSchema(curated: boolean) {
  const offset = z.number().int().nonnegative();
  return z
    .strictObject({
      quote: z.string().min(1).describe("exactly original.slice(start, end)"),
      start: curated ? offset.optional() : offset,
      end: curated ? offset.optional() : offset,
    })
    .describe("where the fact is stated: offsets are UTF-16 indices into the original decoded text");
}

const Span = z.strictObject({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

function factSchemas(curated: boolean) {
  const base = {
    id: curated ? z.string().min(1).optional() : z.string().min(1),
    evidence: evidenceSchema(curated),
    mentions: z.array(Span).optional().describe("every further place the same fact is stated"),
    sentence: z.string().optional().describe("the normalised sentence that states the fact"),
  };
  const aliases = z.array(z.string().min(1)).optional().describe("other names the same entity goes by");

  const directive = z.strictObject({
    type: z.literal("directive"),
    ...base,
    kind: z.string().min(1).describe("document kind as Vietnamese writes it: Chỉ thị, Nghị quyết, Nghị định …"),
    number: z.string().min(1).optional().describe("document symbol in canonical form: 15-CT/TW, 21/NQ-CP, 30/2020/NĐ-CP"),
    name: z.string().min(1).optional().describe("for a document without a symbol: how it is named"),
    issuer: z.string().min(1).optional(),
    date: z.string().regex(isoDate, "must be an ISO date YYYY-MM-DD").optional(),
    subject: z.string().min(1).optional(),
  });

  const figure = z.strictObject({
    type: z.literal("figure"),
    ...base,
    value: z.number(),
    unit: z.string().min(1),
    kind: z.enum(["count", "money", "percent", "measure"]),
    qualifier: Qualifier.optional(),
    counterpart: z.strictObject({ value: z.number(), unit: z.string().min(1) }).optional(),
  });

  const target = z.strictObject({
    type: z.literal("target"),
    ...base,
    metric: z.string().min(1),
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: z.string().min(1).optional(),
    year: z.number().int().min(1900).max(2200).optional(),
    period: z.string().regex(isoDateValue, "must be an ISO date, month, year or interval").optional(),
    qualifier: Qualifier.optional(),
  });

  const date = z.strictObject({
    type: z.literal("date"),
    ...base,
    value: z.string().regex(isoDateValue, "must be an ISO date, month, year or interval"),
    granularity: z.enum(["day", "month", "quarter", "half", "year", "span"]),
    inferred: z.boolean().optional(),
  });

  const partner = z.strictObject({
    type: z.literal("partner"),
    ...base,
    name: z.string().min(1),
    kind: z.enum(["country", "organization", "company", "region", "locality"]),
    country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as KR").optional(),
    relation: z.string().min(1).optional(),
    aliases,
  });

  const person = z.strictObject({
    type: z.literal("person"),
    ...base,
    name: z.string().min(1),
    title: z.string().min(1).optional(),
    aliases,
  });

  const organization = z.strictObject({
    type: z.literal("organization"),
    ...base,
    name: z.string().min(1),
    expanded: z.string().min(1).optional(),
    aliases,
  });

  return { directive, figure, target, date, partner, person, organization };
}

function recordSchema(curated: boolean) {
  const f = factSchemas(curated);
  const Fact = z.discriminatedUnion("type", [f.directive, f.figure, f.target, f.date, f.partner, f.person, f.organization]);
  const Warning = z.strictObject({
    code: z.string().min(1),
    message: z.string(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
  });
  const Source = z.strictObject({
    path: z.string().min(1).describe('the input path as given; "-" for stdin'),
    id: z.string().min(1),
    sha256: curated ? z.string().regex(/^[0-9a-f]{64}$/).optional() : z.string().regex(/^[0-9a-f]{64}$/),
    title: z.string().optional(),
    byline: z.string().optional(),
    date: z.string().regex(isoDate, "must be an ISO date YYYY-MM-DD").optional(),
  });
  const Record = z.strictObject({
    schema: z.literal(SCHEMA_ID),
    source: Source,
    facts: z.array(Fact),
    warnings: z.array(Warning).optional(),
  });
  return { ...f, Fact, Warning, Source, Record };
}

const strict = recordSchema(false);
const curated = recordSchema(true);

export const Fact = strict.Fact;
export const Warning = strict.Warning;
export const Source = strict.Source;
export const ArticleRecord = strict.Record;
export const CuratedFact = curated.Fact;
export const CuratedArticleRecord = curated.Record;
export const FactsFile = z.array(CuratedArticleRecord);
export const factSchemaByType = strict;
export const curatedFactSchemaByType = curated;

export type Fact = z.infer<typeof Fact>;
export type Warning = z.infer<typeof Warning>;
export type Source = z.infer<typeof Source>;
export type ArticleRecord = z.infer<typeof ArticleRecord>;
export type CuratedArticleRecord = z.infer<typeof CuratedArticleRecord>;
export type FactOf<T extends FactType> = Extract<Fact, { type: T }>;
/** A fact before the pipeline gives it an id and evidence: what an extractor produces. */
export type FactFields<T extends FactType = FactType> = T extends FactType
  ? Omit<FactOf<T>, "id" | "evidence" | "mentions" | "sentence">
  : never;
