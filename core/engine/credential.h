#pragma once

#include <QString>

enum class CredentialTarget
{
    Server = 0,
    Proxy = 1
};
enum class CredentialScheme
{
    Basic = 0,
    Digest = 1,
    Ntlm = 2,
    Negotiate = 3
};

// One user name and secret a job answers a server or a proxy with.
struct Credential
{
    CredentialTarget target = CredentialTarget::Server;
    CredentialScheme scheme = CredentialScheme::Basic;
    QString user;
    QString secret;
};
