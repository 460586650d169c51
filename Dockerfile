# PartnershipBot: multi-stage build. The SDK image restores and publishes; the runtime image holds only the
# published bot and runs it as the image's non-root "app" user, listening on ASPNETCORE_HTTP_PORTS.
#   docker build -t partnershipbot .
#   docker run -p 8080:8080 -e Storage__Provider=PostgreSql -e Storage__ConnectionString="Host=...;..." partnershipbot

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Project files first, so the restore layer is reused while only sources change.
COPY Directory.Build.props Directory.Packages.props ./
COPY dialogs/PartnershipBot.Dialogs.csproj dialogs/
COPY bot/PartnershipBot.csproj bot/
RUN dotnet restore bot/PartnershipBot.csproj

COPY appsettings.json ./
COPY manifests/ manifests/
COPY dialogs/ dialogs/
COPY bot/ bot/
# The same command the tests run (tests/PartnershipBot.Tests/Deploy): keep them in step.
RUN dotnet publish bot/PartnershipBot.csproj -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1
COPY --from=build /app ./
# data/ is only used by the SQLite default (a single instance); with PostgreSQL nothing is written locally.
RUN mkdir -p /app/data && chown app:app /app/data
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "PartnershipBot.dll"]
