/**
 * Short descriptions of the global condition keys (the generated catalog has their names and
 * types, but iam-data ships no descriptions for them). Written from AWS's reference:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
const DOCS: Record<string, string> = {
  'aws:principalarn':
    'The ARN of the principal making the request (for a role session, the role ARN).',
  'aws:principalaccount': 'The account the requesting principal belongs to.',
  'aws:principalorgpaths':
    "The Organizations paths (o-.../r-.../ou-...) of the principal's account.",
  'aws:principalorgid': "The ID of the organization the principal's account belongs to.",
  'aws:principaltag/${tagkey}':
    'A tag attached to the requesting user or role (or passed as a session tag).',
  'aws:principalisawsservice':
    'Whether the request is made by an AWS service principal (such as cloudtrail.amazonaws.com).',
  'aws:principalservicename': 'The service principal name, when an AWS service makes the request.',
  'aws:principalservicenameslist': 'All service principal names of the service making the request.',
  'aws:principaltype':
    'The type of principal: Account, User, FederatedUser, AssumedRole or Anonymous.',
  'aws:userid': 'The unique ID of the principal (for a role session: role-id:session-name).',
  'aws:username':
    'The friendly name of the IAM user making the request (absent for role sessions).',
  'aws:assumedroot': 'Whether the request uses a root session assumed through sts:AssumeRoot.',
  'aws:federatedprovider':
    "The identity provider that issued the federated principal's credentials.",
  'aws:tokenissuetime': 'When the temporary security credentials were issued.',
  'aws:multifactorauthage':
    'Seconds since the principal authenticated with MFA (absent without MFA).',
  'aws:multifactorauthpresent':
    'Whether the temporary credentials were obtained with MFA (absent for long-term access keys).',
  'aws:chatbotsourcearn':
    'The ARN of the chat channel configuration, when AWS Chatbot makes the request.',
  'aws:ec2instancesourcevpc':
    'The VPC of the EC2 instance whose role credentials sign the request.',
  'aws:ec2instancesourceprivateipv4':
    'The private IPv4 address of the EC2 instance whose role credentials sign the request.',
  'aws:sourceidentity':
    'The source identity set when the role was assumed, which stays with the session.',
  'ec2:roledelivery':
    'The instance metadata service version that delivered the role credentials (1.0 or 2.0).',
  'ec2:sourceinstancearn': 'The ARN of the EC2 instance whose role credentials sign the request.',
  'glue:roleassumedby': 'The Glue service that assumed the role.',
  'glue:credentialissuingservice': 'The Glue service that issued the credentials.',
  'lambda:sourcefunctionarn':
    'The ARN of the Lambda function whose execution role signs the request.',
  'ssm:sourceinstancearn': 'The ARN of the instance, when Systems Manager issued the credentials.',
  'identitystore:userid': 'The IAM Identity Center user ID behind the session.',
  'aws:sourceip':
    'The public IP address the request came from (not private addresses inside a VPC).',
  'aws:sourcevpc': 'The VPC the request came through, via a VPC endpoint.',
  'aws:sourcevpcarn': 'The ARN of the VPC the request came through, via a VPC endpoint.',
  'aws:sourcevpce': 'The VPC endpoint the request came through.',
  'aws:vpceaccount': 'The account that owns the VPC endpoint the request came through.',
  'aws:vpceorgpaths': 'The Organizations paths of the account owning the VPC endpoint.',
  'aws:vpceorgid': 'The organization of the account owning the VPC endpoint.',
  'aws:vpcsourceip': 'The private IP address the request came from, through a VPC endpoint.',
  'aws:resourceaccount': 'The account that owns the resource being accessed.',
  'aws:resourceorgid': 'The organization of the account that owns the resource.',
  'aws:resourceorgpaths': 'The Organizations paths of the account that owns the resource.',
  'aws:resourcetag/${tagkey}': 'A tag on the resource being accessed.',
  'aws:calledvia': "The services that made the request on the principal's behalf, in order.",
  'aws:calledviafirst': "The first service in the chain that called on the principal's behalf.",
  'aws:calledvialast': "The last service in the chain that called on the principal's behalf.",
  'aws:calledviaawsmcp': "The AWS MCP server that made the request on the principal's behalf.",
  'aws:viaawsservice': "Whether an AWS service made the request on the principal's behalf.",
  'aws:viaawsmcpservice': "Whether an AWS MCP server made the request on the principal's behalf.",
  'aws:currenttime': 'The date and time of the request (compare with Date operators).',
  'aws:epochtime': 'The time of the request in epoch seconds or as a date.',
  'aws:referer': 'The HTTP Referer header (easily forged: never rely on it alone).',
  'aws:requestedregion': 'The Region the request is sent to.',
  'aws:requesttag/${tagkey}': 'A tag passed in the request (when creating or tagging a resource).',
  'aws:tagkeys': 'The tag keys passed in the request (a list: use ForAllValues or ForAnyValue).',
  'aws:securetransport': 'Whether the request was sent over TLS (HTTPS).',
  'aws:sourcearn':
    'The ARN of the resource on whose behalf a service makes a service-to-service request.',
  'aws:sourceaccount':
    'The account of the resource on whose behalf a service makes a service-to-service request.',
  'aws:sourceowner':
    'The account that owns the source of a service-to-service request (older services).',
  'aws:sourceorgpaths':
    'The Organizations paths of the source account of a service-to-service request.',
  'aws:sourceorgid': 'The organization of the source account of a service-to-service request.',
  'aws:useragent': 'The HTTP User-Agent of the caller (easily forged).',
  'aws:ismcpserviceaction': 'Whether the action is performed through an AWS MCP service.',
};

/** A short description of a global condition key, by its catalog name. */
export function globalKeyDoc(key: string): string | undefined {
  return DOCS[key.toLowerCase()];
}
