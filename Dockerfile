# The Intake gateway as a container: built with the .NET SDK, run on the ASP.NET Core runtime as a non-root user.
#   docker build -t intake .            (from the repository root)
#   docker run -e ConnectionStrings__Intake="Host=…;Database=intake;Username=intake;Password=…" -p 8080:8080 intake
# deploy/compose.yaml runs PostgreSQL and two gateways; README "Operating Intake" walks through a Production setup.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, so a change of code alone reuses the restored packages.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Intake.Core/Intake.Core.csproj src/Intake.Core/
COPY src/Intake.Documents/Intake.Documents.csproj src/Intake.Documents/
COPY src/Intake.Storage.Postgres/Intake.Storage.Postgres.csproj src/Intake.Storage.Postgres/
COPY src/Intake.Channels.Web/Intake.Channels.Web.csproj src/Intake.Channels.Web/
COPY src/Intake.Channels.Email/Intake.Channels.Email.csproj src/Intake.Channels.Email/
COPY src/Intake.Channels.Twilio/Intake.Channels.Twilio.csproj src/Intake.Channels.Twilio/
COPY src/Intake.Channels.Twitter/Intake.Channels.Twitter.csproj src/Intake.Channels.Twitter/
COPY src/Intake.Webcare/Intake.Webcare.csproj src/Intake.Webcare/
COPY src/Intake.Host/Intake.Host.csproj src/Intake.Host/
RUN dotnet restore src/Intake.Host/Intake.Host.csproj
COPY src/ src/
COPY channel-config/ channel-config/
COPY appsettings.Example.json ./
RUN dotnet publish src/Intake.Host/Intake.Host.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Production: a connection string is required (no private development database), and the settings come from the
# environment (ConnectionStrings__Intake, Intake__Api__NamedKeys__<name>__Sha256, ...; see appsettings.Example.json).
ENV DOTNET_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# The image's own unprivileged user (app, uid 1654): nothing in /app is writable to it, nothing needs to be.
USER $APP_UID
# /health/live: the process answers. (/health/ready also needs the database and every channel; use it in a load balancer.)
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["dotnet", "Intake.Host.dll", "health-check", "http://127.0.0.1:8080/health/live"]
ENTRYPOINT ["dotnet", "Intake.Host.dll"]
