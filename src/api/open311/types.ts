/**
 * Open311 GeoReport v2: the loose wire shapes real servers send, and the normalised shapes
 * the rest of the app sees. Wire types are deliberately `unknown`-heavy: servers send ids and
 * coordinates as strings or numbers, booleans as "true"/"false", and leave fields out, set
 * them to null or to "". Everything passes through normalize.ts before the app sees it.
 */
import type { ComplaintStatusId } from '@/domain/cases/statuses'

// ---------- transport (a superset-compatible view of src/api/transport.ts) ----------

/**
 * What the adapter asks of the wire. Any shared `Transport` (src/api/transport.ts) fits:
 * POST bodies arrive as an already form-encoded string with its content-type header.
 */
export interface Open311TransportRequest {
  method: 'GET' | 'POST'
  /** path under the Open311 endpoint root, with the format suffix, e.g. `/services.json` */
  path: string
  query?: Record<string, string | number | boolean | undefined>
  headers: Record<string, string>
  /** `application/x-www-form-urlencoded` text for POST */
  body?: string
}

export interface Open311TransportResponse {
  status: number
  /** parsed JSON, or the raw text when the body was not JSON (HTML error pages, XML) */
  body: unknown
  /** lower-case header names; optional because the shared Transport does not carry them */
  headers?: Record<string, string>
}

export type Open311Transport = (req: Open311TransportRequest) => Promise<Open311TransportResponse>

// ---------- raw wire types (GeoReport v2, as servers actually send them) ----------

/** Any JSON scalar a lenient server may use for a value. */
export type WireScalar = string | number | boolean | null | undefined

export interface RawService {
  service_code?: WireScalar
  service_name?: WireScalar
  description?: WireScalar
  metadata?: WireScalar
  type?: WireScalar
  keywords?: WireScalar | WireScalar[]
  group?: WireScalar
}

export interface RawAttributeValue {
  key?: WireScalar
  name?: WireScalar
}

export interface RawAttribute {
  variable?: WireScalar
  code?: WireScalar
  datatype?: WireScalar
  required?: WireScalar
  datatype_description?: WireScalar
  order?: WireScalar
  description?: WireScalar
  values?: RawAttributeValue[] | null
}

export interface RawServiceDefinition {
  service_code?: WireScalar
  attributes?: RawAttribute[] | null
}

export interface RawServiceRequest {
  service_request_id?: WireScalar
  status?: WireScalar
  status_notes?: WireScalar
  service_name?: WireScalar
  service_code?: WireScalar
  description?: WireScalar
  agency_responsible?: WireScalar
  service_notice?: WireScalar
  requested_datetime?: WireScalar
  updated_datetime?: WireScalar
  expected_datetime?: WireScalar
  address?: WireScalar
  address_id?: WireScalar
  zipcode?: WireScalar
  lat?: WireScalar
  long?: WireScalar
  media_url?: WireScalar
}

export interface RawSubmitResult {
  service_request_id?: WireScalar
  token?: WireScalar
  service_notice?: WireScalar
  account_id?: WireScalar
}

export interface RawError {
  code?: WireScalar
  description?: WireScalar
}

// ---------- normalised types ----------

export type Open311ServiceType = 'realtime' | 'batch' | 'blackbox'

export interface Open311Service {
  code: string
  name: string
  description: string | null
  /** true when GET services/{code}.json has attributes to ask for */
  hasMetadata: boolean
  /** null when the server sent nothing recognisable */
  type: Open311ServiceType | null
  keywords: string[]
  group: string | null
}

export type Open311Datatype = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist'

export interface Open311AttributeOption {
  key: string
  name: string
}

export interface Open311Attribute {
  code: string
  /** false = informational only: shown to the resident, never asked for */
  variable: boolean
  datatype: Open311Datatype
  required: boolean
  datatypeDescription: string | null
  order: number | null
  description: string
  values: Open311AttributeOption[]
}

/** A form field the complaint form engine can render (a small cousin of domain FieldDef). */
export type Open311FieldType = 'text' | 'textarea' | 'number' | 'date' | 'picker' | 'multi-picker'

export interface Open311FieldDef {
  /** the attribute code; sent back as `attribute[key]` */
  key: string
  label: string
  type: Open311FieldType
  required: boolean
  options?: { value: string; label: string }[]
  /** datatype_description, shown under the field */
  help?: string
  /** the server's order (null when it sent none); fields are already sorted by it */
  order: number | null
  /** Open311 datetime fields want date and time; `date` fields with this flag should show both */
  withTime?: boolean
}

export interface Open311ServiceDefinition {
  serviceCode: string
  attributes: Open311Attribute[]
  /** variable attributes as form fields, in the server's order */
  fields: Open311FieldDef[]
  /** non-variable attributes: text to show the resident above the form */
  notes: string[]
}

export type Open311Status = 'open' | 'closed'

/** The Open311 service request as our complaint summary. */
export interface Open311Request {
  id: string
  /** our complaint status: open → submitted / in-progress, closed → resolved (see docs/open311.md) */
  status: Extract<ComplaintStatusId, 'submitted' | 'in-progress' | 'resolved'>
  /** Chinese, for the resident */
  statusLabel: string
  /** what the server said, after lenient reading; Open311 cannot tell fixed from merely closed */
  rawStatus: Open311Status
  statusNotes: string | null
  serviceCode: string | null
  categoryName: string
  description: string | null
  address: string | null
  addressId: string | null
  zipcode: string | null
  location: { lat: number; lng: number } | null
  mediaUrl: string | null
  /** UTC ISO-8601 (`…Z`), or null when missing/unreadable */
  requestedAt: string | null
  updatedAt: string | null
  expectedAt: string | null
  agency: string | null
  notice: string | null
}

export interface Open311SubmitResult {
  requestId: string | null
  /** set when the server answered with a token (async servers); kept even once resolved */
  token: string | null
  notice: string
  accountId?: string | null
}

export type AttributeValue = string | number | boolean | ReadonlyArray<string | number> | null | undefined

export type Open311Location =
  | { lat: number; lng: number; address?: string }
  | { address: string }
  | { addressId: string; address?: string }

export interface Open311SubmitInput {
  serviceCode: string
  description?: string
  location: Open311Location
  attributes?: Record<string, AttributeValue>
  contact?: { firstName?: string; lastName?: string; phone?: string; email?: string }
  mediaUrl?: string
  deviceId?: string
  accountId?: string
  /** when given, attributes are checked against it before sending (required, options, numbers) */
  definition?: Open311ServiceDefinition
}

export interface Open311RequestFilter {
  /** several ids: the server ignores the other filters (spec) */
  ids?: string[]
  serviceCode?: string | string[]
  /** ISO datetime string or Date */
  startDate?: string | Date
  endDate?: string | Date
  /** one status or several (sent comma-delimited) */
  status?: Open311Status | Open311Status[]
}
