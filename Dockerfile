# Builds Stormwall from source (front end and server) and runs the server jar.
FROM node:20-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN ./mvnw --batch-mode --no-transfer-progress -DskipTests package

FROM eclipse-temurin:17-jre
# the wall's PNG and SVG photos are drawn on the server: Java needs fontconfig and at least one font
RUN apt-get update \
 && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 stormwall
USER stormwall
WORKDIR /app
COPY --from=build /src/backend/target/stormwall.jar /app/stormwall.jar
EXPOSE 8080
# a process out of heap exits (status 3) so that whatever supervises it starts it again; 75% of the
# container's memory for the heap
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:MaxRAMPercentage=75", "-jar", "/app/stormwall.jar"]
