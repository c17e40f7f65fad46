/** The catalog as the app and the lint see it: services, actions, resource types, keys. */
import type { AccessLevel } from './format';

export type { AccessLevel } from './format';

/** A resource type with its ARN template, e.g. `arn:${Partition}:s3:::${BucketName}`. */
export interface ResourceTypeInfo {
  name: string;
  arn: string;
  /** Condition keys documented for the resource type. */
  conditionKeys: readonly string[];
}

/** A resource type an action can act on. */
export interface ActionResource {
  type: ResourceTypeInfo;
  /** Required: the action always needs this resource in the request (marked * in AWS docs). */
  required: boolean;
  /** Condition keys that apply only with this resource type. */
  conditionKeys: readonly string[];
}

/** One IAM action. */
export interface ActionInfo {
  /** Service prefix, lower case: `s3`. */
  service: string;
  /** Action name as AWS spells it: `GetObject`. */
  name: string;
  /** `s3:GetObject`. */
  fullName: string;
  level: AccessLevel;
  /** Empty for actions that only support `"Resource": "*"`. */
  resourceTypes: readonly ActionResource[];
  /** Condition keys the action supports (besides those of its resource types). */
  conditionKeys: readonly string[];
}

/** A condition key: global (`aws:SourceIp`) or a service's own (`s3:prefix`). */
export interface ConditionKeyInfo {
  /** As documented; templated keys read like `aws:ResourceTag/${TagKey}`. */
  key: string;
  /** `String`, `ArrayOfString`, `ARN`, `Bool`, `Date`, `Numeric`, `IPAddress`, `Binary`... */
  type: string;
  /** The service prefix whose documentation lists it; `aws` for global keys. */
  service: string;
  global: boolean;
  /** For global keys: principal, session, network, resource or request. */
  category?: string;
}

/** One service, fully loaded. */
export interface ServiceInfo {
  prefix: string;
  name: string;
  actions: readonly ActionInfo[];
  resourceTypes: readonly ResourceTypeInfo[];
  conditionKeys: readonly ConditionKeyInfo[];
}

/** A service as listed in the index (before its file is loaded). */
export interface ServiceSummary {
  prefix: string;
  name: string;
  actionCount: number;
}

/** Descriptions for one service's actions and keys (loaded separately, for hovers). */
export interface ServiceDocs {
  action(name: string): string | undefined;
  conditionKey(key: string): string | undefined;
}
