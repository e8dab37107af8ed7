FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    EPESAN_DATABASE_URL=sqlite:///data/epesan.sqlite3 EPESAN_STORAGE_DIR=/data/files
COPY pyproject.toml README.md ./
COPY api ./api
COPY booking ./booking
COPY storage ./storage
COPY tasks ./tasks
COPY live ./live
COPY wiring ./wiring
COPY ops ./ops
RUN pip install --no-cache-dir . && useradd --system --create-home epesan && mkdir -p /data /run/prometheus && chown epesan /data /run/prometheus
USER epesan
EXPOSE 8000
CMD ["epesan", "serve", "--host", "0.0.0.0", "--port", "8000"]
