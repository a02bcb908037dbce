"""A valid, silent MP3 for the demo podcast episode, made without any tool.

MPEG-1 Layer III frames at 32 kbit/s, 44.1 kHz, mono, whose side information
and main data are all zero: every decoder plays them as silence. Each frame
lasts 1152 samples; at 32 kbit/s one is 104 bytes.
"""

SAMPLE_RATE = 44_100
SAMPLES_PER_FRAME = 1152
# Sync, MPEG-1, Layer III, no CRC | 32 kbit/s, 44.1 kHz, no padding | mono.
FRAME_HEADER = bytes([0xFF, 0xFB, 0x10, 0xC0])
FRAME_LENGTH = 144 * 32_000 // SAMPLE_RATE  # 104 bytes


def silent_mp3(seconds):
    frames = round(seconds * SAMPLE_RATE / SAMPLES_PER_FRAME)
    frame = FRAME_HEADER + bytes(FRAME_LENGTH - len(FRAME_HEADER))
    return frame * max(frames, 1)
